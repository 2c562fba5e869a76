using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WildTrace.Hub.Health;

/// <summary>
/// <c>/health/live</c>: the process answers (no checks). <c>/health/ready</c>: the database answers and every
/// check tagged <see cref="ReadyTag"/> passes (features add theirs, such as "terms loaded").
/// </summary>
internal static class HubHealth
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHubHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static void MapHubHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new() { Predicate = _ => false }).DisableRateLimiting();
        routes.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
    }
}
