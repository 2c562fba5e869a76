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
            .WithSummary("Reports received, accuracy overall and per spotter, time to decision and to removal, automatic share.")
            .WithDescription("Optional 'from' and 'to' (yyyy-MM-dd, UTC days, both included) select reports filed and cases first reported in that period.");
        return group;
    }

    // The dates arrive as strings so that a malformed one gets a problem naming the field and the format, rather than
    // the framework's generic binding failure.
    private static async Task<Results<Ok<ReportMetricsResponse>, ProblemHttpResult>> GetReportMetrics(
        string? from, string? to, WildTraceDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!MetricsPeriod.TryParse(from, to, out MetricsPeriod period, out Dictionary<string, string[]> errors))
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest, Title = "The period is not valid", Type = HubProblems.Validation,
            });
        }

        return TypedResults.Ok(await ReportMetrics.ComputeAsync(db, period, time.GetUtcNow(), cancellationToken));
    }
}
