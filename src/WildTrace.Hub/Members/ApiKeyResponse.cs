using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>An API key as lists show it: its public key id and last use, never the secret or its hash.</summary>
internal sealed record ApiKeyResponse(
    long Id, string KeyId, string Name, long OrganisationId, HubRole Role,
    DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResponse From(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.KeyId, key.Name, key.OrganisationId, key.Role, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
    }
}
