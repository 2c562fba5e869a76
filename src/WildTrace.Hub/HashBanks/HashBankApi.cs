using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.HashBanks;

/// <summary>
/// Hash banks (create, list, add and remove hashes), hash matching and the hash delta feed. Ownership rules live in
/// <see cref="HashBankService"/>; a bank the caller may not see answers 404, so ids do not reveal other members' banks.
/// </summary>
internal static class HashBankApi
{
    public static RouteGroupBuilder MapHashBanks(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1").WithTags("HashBanks")
            .RequireAuthorization(HubPolicies.Member).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/hashbanks", ListBanks).WithName("ListHashBanks").WithSummary("Lists the shared banks and the caller's own.");
        group.MapPost("/hashbanks", CreateBank).WithName("CreateHashBank")
            .WithSummary("Creates a bank owned by the caller's organisation; only coalition staff create shared banks.");
        group.MapGet("/hashbanks/{id:long}", GetBank).WithName("GetHashBank").WithSummary("Gets one bank the caller may see.");
        group.MapGet("/hashbanks/{id:long}/hashes", ListHashes).WithName("ListBankedHashes")
            .WithSummary("Lists a bank's hashes, oldest first, in pages (keyset: pass nextAfter as after).");
        group.MapPost("/hashbanks/{id:long}/hashes", AddHashes).WithName("AddBankedHashes")
            .WithSummary("Adds up to 10,000 PDQ hashes with labels to a bank the caller's organisation owns.");
        group.MapPost("/hashbanks/{id:long}/hashes/remove", RemoveHashes).WithName("RemoveBankedHashes")
            .WithSummary("Removes up to 10,000 hashes from a bank the caller's organisation owns (tombstones in the feed).");
        group.MapPost("/hashes/match", MatchHashes).WithName("MatchHashes")
            .WithSummary("Finds banked hashes within the distance (31 bits at most) in the shared banks and the caller's own.");
        group.MapGet("/hashes/changes", GetChanges).WithName("GetHashChanges")
            .WithSummary("The delta feed: hashes added, changed or removed (tombstones) after revision since.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<HashBankResponse>>> ListBanks(
        HttpContext http, HashBankService banks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await banks.ListAsync(Actor(http), cancellationToken));

    private static async Task<Results<Created<HashBankResponse>, ProblemHttpResult>> CreateBank(
        CreateHashBankRequest request, HttpContext http, HashBankService banks, CancellationToken cancellationToken)
    {
        HashBankResult<HashBankResponse> result = await banks.CreateAsync(Actor(http), request, cancellationToken);
        return result.Value is { } bank
            ? TypedResults.Created($"/api/v1/hashbanks/{bank.Id}", bank)
            : Failure(result);
    }

    private static async Task<Results<Ok<HashBankResponse>, ProblemHttpResult>> GetBank(
        long id, HttpContext http, HashBankService banks, CancellationToken cancellationToken)
    {
        HashBankResult<HashBankResponse> result = await banks.GetAsync(Actor(http), id, cancellationToken);
        return result.Value is { } bank ? TypedResults.Ok(bank) : Failure(result);
    }

    private static async Task<Results<Ok<BankedHashPageResponse>, ProblemHttpResult>> ListHashes(
        long id, HttpContext http, HashBankService banks, CancellationToken cancellationToken,
        [FromQuery] long after = 0, [FromQuery] int limit = 100)
    {
        HashBankResult<BankedHashPageResponse> result = await banks.ListHashesAsync(Actor(http), id, after, limit, cancellationToken);
        return result.Value is { } page ? TypedResults.Ok(page) : Failure(result);
    }

    private static async Task<Results<Ok<HashesChangedResponse>, ProblemHttpResult>> AddHashes(
        long id, AddHashesRequest request, HttpContext http, HashBankService banks, CancellationToken cancellationToken)
    {
        HashBankResult<HashesChangedResponse> result = await banks.AddHashesAsync(Actor(http), id, request.Hashes, cancellationToken);
        return result.Value is { } changed ? TypedResults.Ok(changed) : Failure(result);
    }

    private static async Task<Results<Ok<HashesChangedResponse>, ProblemHttpResult>> RemoveHashes(
        long id, RemoveHashesRequest request, HttpContext http, HashBankService banks, CancellationToken cancellationToken)
    {
        HashBankResult<HashesChangedResponse> result = await banks.RemoveHashesAsync(Actor(http), id, request.Hashes, cancellationToken);
        return result.Value is { } changed ? TypedResults.Ok(changed) : Failure(result);
    }

    private static Results<Ok<MatchHashesResponse>, ProblemHttpResult> MatchHashes(
        MatchHashesRequest request, HttpContext http, HashBankService banks)
    {
        HashBankResult<MatchHashesResponse> result = banks.Match(Actor(http), request.Hashes, request.MaxDistance);
        return result.Value is { } matches ? TypedResults.Ok(matches) : Failure(result);
    }

    private static async Task<Ok<HashChangesResponse>> GetChanges(
        HttpContext http, HashBankService banks, CancellationToken cancellationToken,
        [FromQuery] long since = 0, [FromQuery] int limit = HashBankService.MaxPageSize) =>
        TypedResults.Ok(await banks.ChangesAsync(Actor(http), since, limit, cancellationToken));

    // The group's policy admits only authenticated callers with a role, so the actor is always there.
    private static HubActor Actor(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor) ? actor : throw new InvalidOperationException("No hub actor on an authorized request.");

    private static ProblemHttpResult Failure<T>(HashBankResult<T> result) => result.Error switch
    {
        HashBankError.Invalid => TypedResults.Problem(new HttpValidationProblemDetails(result.Errors!) // Invalid always carries errors
        {
            Status = StatusCodes.Status400BadRequest, Title = "The request is not valid", Type = HubProblems.Validation,
        }),
        HashBankError.Forbidden => TypedResults.Problem(
            "Only the owning organisation changes a bank, and only coalition staff create shared banks.",
            statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", type: HubProblems.Forbidden),
        HashBankError.NameTaken => TypedResults.Problem(
            "Your organisation already has a bank with this name.",
            statusCode: StatusCodes.Status409Conflict, title: "Name taken", type: HubProblems.Conflict),
        _ => TypedResults.Problem(
            "No such hash bank, or not one you may see.", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: HubProblems.NotFound),
    };
}
