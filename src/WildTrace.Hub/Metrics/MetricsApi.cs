using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;

namespace WildTrace.Hub.Metrics;

/// <summary>The reporting programme's figures for the coalition (admins and analysts).</summary>
internal static class MetricsApi
{
    public static RouteGroupBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/metrics").WithTags("Metrics")
            .RequireAuthorization(HubPolicies.Curator).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/reports", GetReportMetrics).WithName("GetReportMetrics")
            .WithSummary("Reports received, accuracy overall and per spotter, time to decision and to removal, automatic share.");
        return group;
    }

    private static async Task<Ok<ReportMetricsResponse>> GetReportMetrics(WildTraceDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReportMetrics.ComputeAsync(db, cancellationToken));
}
