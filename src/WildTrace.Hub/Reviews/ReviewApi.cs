using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Reviews;

/// <summary>The analysts' review queue and decisions (coalition admins and analysts).</summary>
internal static class ReviewApi
{
    public static RouteGroupBuilder MapReviews(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/reviews").WithTags("Reviews")
            .RequireAuthorization(HubPolicies.Curator).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/", ListQueue).WithName("ListReviewQueue")
            .WithSummary("Open cases by priority (score, CITES appendix, reporters, age), with optional filters; automatic=true lists the cases decided automatically instead.");
        group.MapGet("/labelled", GetLabelled).WithName("GetLabelledDecisions")
            .WithSummary("Decided cases as labelled listings, JSON Lines in the eval format (wildtrace eval --input).")
            .Produces(StatusCodes.Status200OK, contentType: LabelledExport.ContentType);
        group.MapGet("/{id:long}", GetCase).WithName("GetReviewCase").WithSummary("A case with its evidence, explanation and decisions.");
        group.MapPost("/{id:long}/decisions", Decide).WithName("DecideReviewCase")
            .WithSummary("Confirms, rejects (with a reason), escalates (second analyst) or overturns (an automatic confirmation, with a reason) a case.");
        return group;
    }

    private static async Task<Ok<ReviewCaseSummary[]>> ListQueue(
        string? platform, string? language, string? taxon, double? minScore, int? minAgeHours, bool? automatic, ReviewQueue queue,
        CancellationToken cancellationToken) =>
        TypedResults.Ok((await queue.ListAsync(
            new ReviewQueueFilter(platform, language, taxon, minScore, minAgeHours, automatic == true), cancellationToken)).ToArray());

    private static async Task GetLabelled(HttpContext http, WildTrace.Storage.WildTraceDb db, CancellationToken cancellationToken)
    {
        http.Response.ContentType = LabelledExport.ContentType;
        await LabelledExport.WriteAsync(db, http.Response.Body, cancellationToken);
    }

    private static async Task<Results<Ok<ReviewCaseResponse>, NotFound>> GetCase(long id, ReviewEvidence evidence, CancellationToken cancellationToken) =>
        await evidence.LoadAsync(id, cancellationToken) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReviewCaseResponse>, ProblemHttpResult, UnauthorizedHttpResult>> Decide(
        long id, ReviewDecisionRequest request, HttpContext http, ReviewDesk desk, ReviewEvidence evidence, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        ReviewDecisionOutcome outcome = await desk.DecideAsync(id, request, actor, cancellationToken);
        if (outcome.Status != StatusCodes.Status200OK)
        {
            return TypedResults.Problem(statusCode: outcome.Status, type: HubProblems.TypeFor(outcome.Status), detail: outcome.Detail);
        }

        ReviewCaseResponse? response = await evidence.LoadAsync(id, cancellationToken);
        return TypedResults.Ok(response!); // the decision just committed, so the case exists
    }
}
