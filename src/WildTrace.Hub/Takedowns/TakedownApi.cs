using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Takedowns;

/// <summary>
/// Takedown reporting: members say what they did (listings blocked or removed, accounts actioned) per day and
/// category; saves are upserts, so resending is safe. Readers see their own organisation's reports; coalition staff
/// see every organisation's, with totals.
/// </summary>
internal static class TakedownApi
{
    public static RouteGroupBuilder MapTakedowns(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/takedowns").WithTags("Takedowns").RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapPut("/{day}/{category}", PutReport).RequireAuthorization(HubPolicies.Takedowns).WithName("PutTakedownReport")
            .WithSummary("Reports (or replaces) the caller's organisation's actions on one day in one category.");
        group.MapPost("/", PostReports).RequireAuthorization(HubPolicies.Takedowns).WithName("PostTakedownReports")
            .WithSummary("Reports up to 1,000 days × categories at once; each replaces what was reported for its key.");
        group.MapGet("/", ListReports).RequireAuthorization(HubPolicies.Member).WithName("ListTakedownReports")
            .WithSummary("Lists reports between from and to (default: the last 31 days) with totals; coalition staff see every organisation.");
        return group;
    }

    private static async Task<Results<Ok<TakedownSaveResponse>, ProblemHttpResult>> PutReport(
        string day, string category, TakedownCounts counts, HttpContext http, TakedownService takedowns, CancellationToken cancellationToken) =>
        Outcome(await takedowns.SaveAsync(
            Actor(http), [new TakedownBatchItem(day, category, counts.ListingsBlocked, counts.ListingsRemoved, counts.AccountsActioned)], cancellationToken));

    private static async Task<Results<Ok<TakedownSaveResponse>, ProblemHttpResult>> PostReports(
        TakedownBatchRequest request, HttpContext http, TakedownService takedowns, CancellationToken cancellationToken) =>
        Outcome(await takedowns.SaveAsync(Actor(http), request.Reports, cancellationToken));

    private static async Task<Results<Ok<TakedownListResponse>, ProblemHttpResult>> ListReports(
        HttpContext http, TakedownService takedowns, CancellationToken cancellationToken,
        [FromQuery] string? from = null, [FromQuery] string? to = null, [FromQuery] long? organisationId = null)
    {
        HubActor actor = Actor(http);
        DateOnly end = takedowns.Today;
        DateOnly start = end.AddDays(-30);
        Dictionary<string, string[]> errors = [];
        if (to is not null && !TakedownService.TryParseDay(to, out end))
        {
            errors["to"] = ["Expected an ISO date (yyyy-MM-dd)."];
        }

        if (from is not null && !TakedownService.TryParseDay(from, out start))
        {
            errors["from"] = ["Expected an ISO date (yyyy-MM-dd)."];
        }
        else if (from is null)
        {
            start = end.AddDays(-30);
        }

        if (errors.Count == 0 && (start > end || end.DayNumber - start.DayNumber >= TakedownService.MaxRangeDays))
        {
            errors["from"] = [$"from must not be after to, and the range is at most {TakedownService.MaxRangeDays} days."];
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (organisationId is { } id && id != actor.OrganisationId && !actor.IsCoalitionStaff)
        {
            // 404 as for any other organisation's resource: whether an organisation id exists must not leak.
            return TypedResults.Problem("No such organisation, or not one whose reports you may read.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found", type: HubProblems.NotFound);
        }

        return TypedResults.Ok(await takedowns.ListAsync(actor, start, end, organisationId, cancellationToken));
    }

    private static Results<Ok<TakedownSaveResponse>, ProblemHttpResult> Outcome(TakedownSaveResult result) =>
        result.Saved is { } saved ? TypedResults.Ok(saved) : Invalid(result.Errors);

    private static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest, Title = "The request is not valid", Type = HubProblems.Validation,
        });

    // The policies admit only authenticated callers with a role, so the actor is always there.
    private static HubActor Actor(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor) ? actor : throw new InvalidOperationException("No hub actor on an authorized request.");
}
