using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Hub.Reports;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// Registered spotters (issue #7): public sign-up, the spotter's own record and reports, and four-week rounds that
/// analysts create and spotters join.
/// </summary>
internal static class SpottersApi
{
    public static IEndpointRouteBuilder MapSpotters(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder spotters = routes.MapGroup("/api/v1/spotters").WithTags("Spotters").RequireRateLimiting(HubRateLimits.PerCaller);
        spotters.MapPost("/", SignUp).AllowAnonymous().WithName("SignUpSpotter")
            .WithSummary("Registers a volunteer as a spotter (a user with the spotter role in the spotter pool); anonymous callers only, limited per IP address.");
        spotters.MapGet("/me", GetMe).RequireAuthorization(HubPolicies.Spotter).WithName("GetSpotterRecord")
            .WithSummary("The signed-in spotter's tally (reports, decided, confirmed, accuracy) overall and per joined round.");
        spotters.MapGet("/me/reports", ListMyReports).RequireAuthorization(HubPolicies.Spotter).WithName("ListSpotterReports")
            .WithSummary("The signed-in spotter's reports, newest first (keyset: before, limit), with the follow-up page's state.");

        RouteGroupBuilder rounds = routes.MapGroup("/api/v1/spotter-rounds").WithTags("Spotters")
            .RequireAuthorization(HubPolicies.SignedIn).RequireRateLimiting(HubRateLimits.PerCaller);
        rounds.MapPost("/", CreateRound).RequireAuthorization(HubPolicies.Curator).WithName("CreateSpotterRound")
            .WithSummary("Creates a round (default length 28 days).");
        rounds.MapGet("/", ListRounds).WithName("ListSpotterRounds")
            .WithSummary("Lists rounds, newest first, optionally by state (upcoming, open, past).");
        rounds.MapGet("/{id:long}", GetRound).WithName("GetSpotterRound")
            .WithSummary("Gets a round with member tallies: every member's for analysts, the caller's own for a spotter.");
        rounds.MapPost("/{id:long}/join", JoinRound).RequireAuthorization(HubPolicies.Spotter).WithName("JoinSpotterRound")
            .WithSummary("Joins the signed-in spotter to an upcoming or open round; 409 once it has ended.");
        return routes;
    }

    private static async Task<Results<Created<SpotterResponse>, ProblemHttpResult>> SignUp(
        SpotterSignUpRequest request, HttpContext http, SpotterEnrolment enrolment, CancellationToken cancellationToken)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            // Registration is for people without an account; a caller with one (or with a key) has nothing to join.
            return MemberProblemResults.ToResult(MemberProblem.Forbidden("Sign out before registering a new spotter."));
        }

        SignUpOutcome outcome = await enrolment.SignUpAsync(AddressOf(http), request, cancellationToken);
        if (outcome.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = HubRateLimits.RetryAfterSeconds(retryAfter);
            return TypedResults.Problem(
                $"This address has made as many sign-ups as allowed for now; retry after {HubRateLimits.RetryAfterSeconds(retryAfter)} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-ups", type: HubProblems.RateLimited);
        }

        return outcome.Problem is { } problem
            ? MemberProblemResults.ToResult(problem)
            : TypedResults.Created("/api/v1/spotters/me", SpotterResponse.From(outcome.User!));
    }

    private static async Task<Results<Ok<SpotterMeResponse>, ProblemHttpResult>> GetMe(
        HttpContext http, SpotterProgress progress, CancellationToken cancellationToken) =>
        await progress.FindAsync(UserId(http), cancellationToken) is { } me
            ? TypedResults.Ok(me)
            : MemberProblemResults.NotFound("No such spotter.");

    private static async Task<Ok<KeysetPage<SpotterReportResponse>>> ListMyReports(
        long? before, int? limit, HttpContext http, SpotterProgress progress, CancellationToken cancellationToken) =>
        TypedResults.Ok(await progress.ReportsAsync(UserId(http), before, KeysetPage<SpotterReportResponse>.Clamp(limit), cancellationToken));

    private static async Task<Results<Created<SpotterRoundResponse>, ProblemHttpResult>> CreateRound(
        CreateSpotterRoundRequest request, HttpContext http, SpotterRounds rounds, CancellationToken cancellationToken)
    {
        MemberOutcome<SpotterRoundResponse> outcome = await rounds.CreateAsync(MembersApi.Actor(http), request, cancellationToken);
        return outcome.Problem is { } problem
            ? MemberProblemResults.ToResult(problem)
            : TypedResults.Created($"/api/v1/spotter-rounds/{outcome.Value!.Id}", outcome.Value);
    }

    private static async Task<Results<Ok<IReadOnlyList<SpotterRoundResponse>>, ProblemHttpResult>> ListRounds(
        string? state, HttpContext http, SpotterRounds rounds, CancellationToken cancellationToken)
    {
        // Parsed here, not bound: the binder's enum parsing is case-sensitive, and the API's words are camelCase.
        SpotterRoundState? filter = null;
        if (state is not null)
        {
            if (!Enum.TryParse(state, ignoreCase: true, out SpotterRoundState parsed) || !Enum.IsDefined(parsed))
            {
                return MemberProblemResults.ToResult(MemberProblem.Invalid("state", "The state is upcoming, open or past."));
            }

            filter = parsed;
        }

        return TypedResults.Ok(await rounds.ListAsync(MembersApi.Actor(http), filter, cancellationToken));
    }

    private static async Task<Results<Ok<SpotterRoundDetailResponse>, ProblemHttpResult>> GetRound(
        long id, HttpContext http, SpotterRounds rounds, CancellationToken cancellationToken) =>
        await rounds.FindAsync(MembersApi.Actor(http), id, cancellationToken) is { } round
            ? TypedResults.Ok(round)
            : MemberProblemResults.NotFound("No such round.");

    private static async Task<Results<Created<SpotterRoundResponse>, Ok<SpotterRoundResponse>, ProblemHttpResult>> JoinRound(
        long id, HttpContext http, SpotterRounds rounds, CancellationToken cancellationToken)
    {
        MemberOutcome<(SpotterRoundResponse Round, bool IsNew)> outcome = await rounds.JoinAsync(MembersApi.Actor(http), id, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return MemberProblemResults.ToResult(problem);
        }

        (SpotterRoundResponse round, bool isNew) = outcome.Value;
        return isNew ? TypedResults.Created($"/api/v1/spotter-rounds/{id}", round) : TypedResults.Ok(round);
    }

    /// <summary>The caller's address for the sign-up limit (the hub runs behind no proxy it trusts for forwarded headers).</summary>
    internal static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The signed-in spotter's user id; the <see cref="HubPolicies.Spotter"/> policy guarantees one.</summary>
    private static long UserId(HttpContext http) =>
        SpotterUser.TryGetId(MembersApi.Actor(http), out long userId) ? userId : throw new InvalidOperationException("The caller is not a signed-in spotter.");
}
