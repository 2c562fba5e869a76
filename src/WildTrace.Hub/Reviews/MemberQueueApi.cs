using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Reports;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// A member platform's queue of confirmed listings, and the outcome it reports back (which the reporter then sees).
/// A case routed to another organisation answers 404, so ids reveal nothing.
/// </summary>
internal static class MemberQueueApi
{
    public static RouteGroupBuilder MapMemberQueue(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/member-queue").WithTags("Reviews")
            .RequireAuthorization(HubPolicies.Takedowns).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/", ListQueue).WithName("ListMemberQueue").WithSummary("Confirmed listings routed to the caller's organisation.");
        group.MapPost("/{id:long}/outcome", ReportOutcome).WithName("ReportMemberOutcome")
            .WithSummary("Says what the platform did: removed, notViolating or alreadyGone.");
        return group;
    }

    private static async Task<Ok<ReviewCaseSummary[]>> ListQueue(
        HttpContext http, WildTraceDb db, IOptions<ReportOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        long organisationId = HubActor.TryFrom(http.User, out HubActor actor) ? actor.OrganisationId : -1;
        List<ReportCase> cases = await db.ReportCases.AsNoTracking().Where(c => c.RoutedOrganisationId == organisationId)
            .OrderBy(c => c.RoutedAt).Take(ReviewQueue.MaxItems).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        return TypedResults.Ok(cases.Select(c => ReviewCaseSummary.From(c, now, options.Value.ReviewTarget)).ToArray());
    }

    private static async Task<Results<Ok<ReviewCaseSummary>, NotFound, UnauthorizedHttpResult>> ReportOutcome(
        long id, MemberOutcomeRequest request, HttpContext http, WildTraceDb db, AuditLog audit, IOptions<ReportOptions> options,
        TimeProvider time, ILogger<ReviewDesk> logger, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        ReportCase? @case = await db.ReportCases.SingleOrDefaultAsync(
            c => c.Id == id && c.RoutedOrganisationId == actor.OrganisationId, cancellationToken);
        if (@case is null)
        {
            return TypedResults.NotFound();
        }

        DateTimeOffset now = time.GetUtcNow();
        @case.Outcome = request.Outcome;
        @case.OutcomeAt = now;
        write.Record("case.outcome", $"case:{id}", new { outcome = request.Outcome.ToString() });
        await write.CommitAsync(cancellationToken);
        ReviewLog.OutcomeReported(logger, id, actor.OrganisationId, request.Outcome);
        return TypedResults.Ok(ReviewCaseSummary.From(@case, now, options.Value.ReviewTarget));
    }
}
