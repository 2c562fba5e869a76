using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>A key just created: <see cref="Key"/> is the whole secret, shown in this response only.</summary>
internal sealed record CreatedApiKeyResponse(
    long Id, string KeyId, string Key, string Name, long OrganisationId, HubRole Role, DateTimeOffset CreatedAt)
{
    public static CreatedApiKeyResponse From(ApiKey key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.KeyId, text, key.Name, key.OrganisationId, key.Role, key.CreatedAt);
    }
}
