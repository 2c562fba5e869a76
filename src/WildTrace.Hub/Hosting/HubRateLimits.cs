using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Rate limits: a token bucket per API key or user, a fixed window per IP address for anonymous callers. Refusals are
/// 429 problem details with <c>Retry-After</c>.
/// </summary>
internal static class HubRateLimits
{
    /// <summary>The policy every API group and page uses.</summary>
    public const string PerCaller = "per-caller";

    public static IServiceCollection AddHubRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerCaller, context =>
            {
                HubLimitsOptions limits = context.RequestServices.GetRequiredService<IOptions<HubLimitsOptions>>().Value;
                if (HubActor.TryFrom(context.User, out HubActor actor))
                {
                    return RateLimitPartition.GetTokenBucketLimiter(actor.Name, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
                }

                string address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("ip:" + address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AnonymousRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = WriteProblemAsync;
        });
        return services;
    }

    private static async ValueTask WriteProblemAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        HttpContext http = context.HttpContext;
        TimeSpan retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : TimeSpan.FromSeconds(1);
        string seconds = RetryAfterSeconds(retryAfter);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds;
        await HubProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, HubProblems.RateLimited,
            "Too many requests", $"This caller's rate limit is used up; retry after {seconds} s.");
    }

    /// <summary>A Retry-After value: whole seconds, rounded up and at least 1, so a client never retries too early.</summary>
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
