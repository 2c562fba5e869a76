using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Idempotency;
using WildTrace.Hub.Health;
using WildTrace.Hub.Learning;
using WildTrace.Hub.Members;
using WildTrace.Hub.Metrics;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Reviews;
using WildTrace.Hub.Scans;
using WildTrace.Hub.Spotters;
using WildTrace.Hub.Takedowns;
using WildTrace.Hub.Terms;
using WildTrace.Hub.Webhooks;
using WildTrace.Storage;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Builds the hub: configuration, storage, the cross-cutting pipeline (problem details, authentication, rate limits,
/// OpenAPI) and then each feature's own <c>AddX()</c> and <c>MapX()</c>. Features are listed here explicitly, in one place.
/// </summary>
public static class HubBuilder
{
    /// <summary>The address the hub listens on when none is configured (<c>--urls</c> or <c>ASPNETCORE_URLS</c>).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Defaults in code (STYLE §10), so they hold whatever the working directory: EF Core's per-command logs are
        // diagnosis, not business events.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        AddServices(builder);
        WebApplication app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<HubDatabase>(); // first, so the database is ready before any other worker starts

        StorageOptions storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddWildTraceStorage(storage);
        services.AddOptions<HubLimitsOptions>().BindConfiguration(HubLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HubStartupOptions>().BindConfiguration(HubStartupOptions.Section);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's default types point at RFC 9110 sections; ours point at pages that say what to do.
            string? type = context.ProblemDetails.Type;
            if (type is null || type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                context.ProblemDetails.Type = HubProblems.TypeFor(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode) ?? type;
            }

            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.ConfigureHttpJsonOptions(options =>
        {
            // A field the API does not know is a mistake worth reporting (a typo silently ignored loses data).
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddValidation();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true); // HubExceptionHandler explains them
        services.AddExceptionHandler<HubExceptionHandler>();

        services.AddAuthentication(HubAuthentication.Scheme)
            .AddPolicyScheme(HubAuthentication.Scheme, "API key or cookie", HubAuthentication.ConfigureSelector)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, HubAuthentication.ConfigureCookie);
        services.AddAuthorization(HubPolicies.Add);
        services.AddHubRateLimits();
        services.AddOpenApi("v1");
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/", HubPolicies.SignedIn)
            .AllowAnonymousToPage("/Index").AllowAnonymousToFolder("/Account").AllowAnonymousToFolder("/Problems")
            .AllowAnonymousToFolder("/Report").AuthorizeFolder("/Reviews", HubPolicies.Curator)
            .AllowAnonymousToPage("/Spotter/Join")
            .AuthorizePage("/Spotter/Rounds", HubPolicies.Curator));
        services.AddAntiforgery();
        services.AddSingleton<AuditLog>();

        services.AddMembers();
        services.AddAuditApi();
        services.AddIdempotency();
        services.AddScans();
        services.AddTerms();
        services.AddHashBanks();
        services.AddTakedowns();
        services.AddReports();
        services.AddReviews();
        services.AddWebhooks();
        services.AddLearning();
        services.AddSpotters();
        services.AddHubHealth();
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Served from the build output, not the content root, so `dotnet run --project src/WildTrace.Hub` from the
        // repository root finds the styles too (wwwroot is copied to the output by the project file).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
        });
        app.UseRouting();
        app.UseRequestBodyLimits();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.WithTitle("WildTrace hub API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHubHealth();
        app.MapMembers();
        app.MapAuditApi();
        app.MapScans();
        app.MapTerms();
        app.MapHashBanks();
        app.MapTakedowns();
        app.MapReports();
        app.MapReviewFeature();
        app.MapWebhooks();
        app.MapMetrics();
        app.MapLearning();
        app.MapSpotters();
        app.MapRazorPages().RequireRateLimiting(HubRateLimits.PerCaller);
    }
}
