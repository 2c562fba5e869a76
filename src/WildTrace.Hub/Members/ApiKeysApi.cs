using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// API keys: coalition admins manage every organisation's keys; a platform's engineers manage their own organisation's
/// engineer and reviewer keys. Another organisation's key answers 404, never 403, so key ids do not reveal what exists.
/// </summary>
internal static class ApiKeysApi
{
    public static void MapApiKeys(this RouteGroupBuilder group)
    {
        group.MapPost("/apikeys", CreateApiKey).RequireAuthorization(HubPolicies.KeyManager)
            .WithName("CreateApiKey").WithSummary("Creates an API key; the response holds the secret, shown only this once.");
        group.MapGet("/apikeys", ListApiKeys).RequireAuthorization(HubPolicies.KeyManager)
            .WithName("ListApiKeys").WithSummary("Lists keys with last-used times, never secrets (keyset: after, limit; filter organisationId).");
        group.MapGet("/apikeys/{keyId}", GetApiKey).RequireAuthorization(HubPolicies.KeyManager)
            .WithName("GetApiKey").WithSummary("Gets a key's details, never its secret.");
        group.MapDelete("/apikeys/{keyId}", RevokeApiKey).RequireAuthorization(HubPolicies.KeyManager)
            .WithName("RevokeApiKey").WithSummary("Revokes a key; it stops working at once.");
    }

    private static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> CreateApiKey(
        CreateApiKeyRequest request, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        HubActor actor = MembersApi.Actor(http);
        MemberOutcome<(ApiKey Key, string Text)> outcome = await members.CreateApiKeyAsync(actor, request, UserId(actor), cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return MemberProblemResults.ToResult(problem);
        }

        (ApiKey key, string text) = outcome.Value;
        return TypedResults.Created($"/api/v1/apikeys/{key.KeyId}", CreatedApiKeyResponse.From(key, text));
    }

    private static async Task<Results<Ok<KeysetPage<ApiKeyResponse>>, ProblemHttpResult>> ListApiKeys(
        long? organisationId, long? after, int? limit, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        HubActor actor = MembersApi.Actor(http);
        if (organisationId is { } org && await members.FindOrganisationAsync(actor, org, cancellationToken) is null)
        {
            return MemberProblemResults.NotFound("No such organisation.");
        }

        int take = KeysetPage<ApiKeyResponse>.Clamp(limit);
        IReadOnlyList<ApiKey> rows = await members.ListApiKeysAsync(actor, organisationId, after, take, cancellationToken);
        return TypedResults.Ok(KeysetPage<ApiKeyResponse>.From([.. rows.Select(ApiKeyResponse.From)], take, k => k.Id));
    }

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> GetApiKey(
        string keyId, HttpContext http, Membership members, CancellationToken cancellationToken) =>
        await members.FindApiKeyAsync(MembersApi.Actor(http), keyId, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeyResponse.From(key))
            : MemberProblemResults.NotFound("No such API key.");

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeApiKey(
        string keyId, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        MemberOutcome<ApiKey> outcome = await members.RevokeApiKeyAsync(MembersApi.Actor(http), keyId, cancellationToken);
        return outcome.Problem is { } problem ? MemberProblemResults.ToResult(problem) : TypedResults.NoContent();
    }

    /// <summary>The user id of a signed-in person (keys created from the web UI record who made them).</summary>
    internal static long? UserId(HubActor actor) =>
        actor.Name.StartsWith("user:", StringComparison.Ordinal)
        && long.TryParse(actor.Name.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long id)
            ? id : null;
}
