using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Idempotency;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// The term database: search, propose (members), approve / reject / retire (curators), history, the signed pack and
/// the delta feed. Members see approved and retired terms plus their own organisation's proposals; coalition staff see all.
/// </summary>
internal static class TermApi
{
    public static RouteGroupBuilder MapTerms(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/terms").WithTags("Terms")
            .RequireAuthorization(HubPolicies.Member).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/", ListTerms).WithName("ListTerms")
            .WithSummary("Searches terms by text or id (q, case-sensitive), language, kind, species and state; keyset pages in id order.");
        group.MapGet("/pack", GetPack).WithName("GetTermPack")
            .WithSummary("The current signed term pack of the approved terms (verify with GET /api/v1/terms/keys).");
        group.MapGet("/keys", GetKeys).WithName("GetTermKeys").AllowAnonymous()
            .WithSummary("The public keys that verify the hub's term packs.");
        group.MapGet("/changes", GetChanges).WithName("GetTermChanges")
            .WithSummary("Changes to the approved terms after a revision, with tombstones for retired terms.");
        group.MapGet("/{termId}", GetTerm).WithName("GetTerm").WithSummary("One term with its curation history.");
        group.MapPost("/", ProposeTerm).WithName("ProposeTerm").WithIdempotency()
            .WithSummary("Proposes a new term, with the source that supports it, for curators to review.");
        group.MapPost("/{termId}/approve", Approve).WithName("ApproveTerm").RequireAuthorization(HubPolicies.Curator).WithIdempotency()
            .WithSummary("Approves a proposed term; scans use it within seconds.");
        group.MapPost("/{termId}/reject", Reject).WithName("RejectTerm").RequireAuthorization(HubPolicies.Curator).WithIdempotency()
            .WithSummary("Rejects a proposed term.");
        group.MapPost("/{termId}/retire", Retire).WithName("RetireTerm").RequireAuthorization(HubPolicies.Curator).WithIdempotency()
            .WithSummary("Retires an approved term; the changes feed carries a tombstone for it.");
        return group;
    }

    private static async Task<Results<Ok<TermPageResponse>, ProblemHttpResult>> ListTerms(
        HttpContext http, WildTraceDb db, IOptions<TermsOptions> options, CancellationToken cancellationToken,
        string? q = null, string? language = null, string? kind = null, string? species = null, string? state = null,
        string? after = null, int limit = 100)
    {
        if (limit < 1 || limit > options.Value.MaxPageSize)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {options.Value.MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation);
        }

        // Parsed here, not bound as an enum: the query takes the same camelCase names as the JSON ("proposed").
        if (!TermSearch.TryParseState(state, out TermState? wanted))
        {
            return TypedResults.Problem("'state' must be proposed, approved, retired or rejected.", statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation);
        }

        TermSearch search = new(q, language, kind, species, wanted);
        return TypedResults.Ok(await search.RunAsync(db, Actor(http), after, limit, cancellationToken));
    }

    private static async Task<Results<Ok<TermDetailResponse>, NotFound>> GetTerm(
        string termId, HttpContext http, WildTraceDb db, CancellationToken cancellationToken)
    {
        TermDetailResponse? detail = await TermSearch.FindAsync(db, Actor(http), termId, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    private static async Task<Results<Created<TermResponse>, ProblemHttpResult>> ProposeTerm(
        ProposeTermRequest request, HttpContext http, WildTraceDb db, TermCuration curation, CancellationToken cancellationToken)
    {
        TermCuration.Outcome outcome = await curation.ProposeAsync(db, Actor(http), request, cancellationToken);
        return outcome.Term is { } term
            ? TypedResults.Created($"/api/v1/terms/{Uri.EscapeDataString(term.TermId)}", TermResponse.From(term))
            : Problem(outcome);
    }

    private static Task<Results<Ok<TermResponse>, ProblemHttpResult>> Approve(
        string termId, TermDecisionRequest? request, HttpContext http, WildTraceDb db, TermCuration curation, CancellationToken cancellationToken) =>
        DecideAsync(termId, TermState.Proposed, TermState.Approved, request, http, db, curation, cancellationToken);

    private static Task<Results<Ok<TermResponse>, ProblemHttpResult>> Reject(
        string termId, TermDecisionRequest? request, HttpContext http, WildTraceDb db, TermCuration curation, CancellationToken cancellationToken) =>
        DecideAsync(termId, TermState.Proposed, TermState.Rejected, request, http, db, curation, cancellationToken);

    private static Task<Results<Ok<TermResponse>, ProblemHttpResult>> Retire(
        string termId, TermDecisionRequest? request, HttpContext http, WildTraceDb db, TermCuration curation, CancellationToken cancellationToken) =>
        DecideAsync(termId, TermState.Approved, TermState.Retired, request, http, db, curation, cancellationToken);

    private static async Task<Results<Ok<TermResponse>, ProblemHttpResult>> DecideAsync(
        string termId, TermState from, TermState to, TermDecisionRequest? request, HttpContext http, WildTraceDb db,
        TermCuration curation, CancellationToken cancellationToken)
    {
        TermCuration.Outcome outcome = await curation.DecideAsync(db, Actor(http), termId, from, to, request?.Comment, cancellationToken);
        return outcome.Term is { } term ? TypedResults.Ok(TermResponse.From(term)) : Problem(outcome);
    }

    private static async Task<FileContentHttpResult> GetPack(WildTraceDb db, TermPackPublisher publisher, CancellationToken cancellationToken)
    {
        (long revision, byte[] bytes) = await publisher.GetAsync(db, cancellationToken);
        return TypedResults.Bytes(bytes, "application/octet-stream", $"wildtrace-terms-r{revision}.pack");
    }

    private static Ok<TermKeysResponse> GetKeys(HubSigningKey signingKey)
    {
        (string keyId, string pem) = signingKey.PublicKey;
        List<TermKeyResponse> keys = [new(keyId, pem, "hub")];
        TermPackTrust shipped = BundledTermPack.ShippedKeys;
        foreach (string id in shipped.KeyIds)
        {
            if (shipped.TryGetKey(id, out ReadOnlySpan<byte> spki))
            {
                keys.Add(new TermKeyResponse(id, PemEncoding.WriteString("PUBLIC KEY", spki), "bundled"));
            }
        }

        return TypedResults.Ok(new TermKeysResponse(keys));
    }

    private static async Task<Results<Ok<TermChangesResponse>, ProblemHttpResult>> GetChanges(
        WildTraceDb db, IOptions<TermsOptions> options, CancellationToken cancellationToken, long since = 0, int limit = 500)
    {
        if (since < 0 || limit < 1 || limit > options.Value.MaxPageSize)
        {
            return TypedResults.Problem($"'since' must be 0 or more and 'limit' between 1 and {options.Value.MaxPageSize}.",
                statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation);
        }

        // Proposals are not part of the published set, so they never appear; rejected ones only as tombstones.
        List<TermRecord> changed = await db.Terms.AsNoTracking()
            .Where(t => t.Revision > since && t.State != TermState.Proposed)
            .OrderBy(t => t.Revision).Take(limit + 1).ToListAsync(cancellationToken);
        bool hasMore = changed.Count > limit;
        List<TermChangeResponse> changes = [.. changed.Take(limit).Select(t => t.State == TermState.Approved
            ? new TermChangeResponse(t.Revision, t.TermId, IsRemoved: false, TermResponse.From(t))
            : new TermChangeResponse(t.Revision, t.TermId, IsRemoved: true, null))];
        long revision = hasMore ? changes[^1].Revision : Math.Max(since, await TermFeed.CurrentAsync(db, cancellationToken));
        return TypedResults.Ok(new TermChangesResponse(revision, hasMore, changes));
    }

    private static HubActor Actor(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor) ? actor : throw new InvalidOperationException("The Member policy lets only signed-in callers through.");

    private static ProblemHttpResult Problem(TermCuration.Outcome outcome) =>
        TypedResults.Problem(outcome.Error, statusCode: outcome.Status, type: HubProblems.TypeFor(outcome.Status));
}
