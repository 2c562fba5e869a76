using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Members;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// Puts an organisation and an API key straight into a test hub's database, for tests of features that need callers
/// other than the first admin before (or without) going through the members API.
/// </summary>
public static class TestMembers
{
    /// <summary>Creates an organisation of <paramref name="kind"/> and a key with <paramref name="role"/>; returns the org id and key text.</summary>
    public static async Task<(long OrganisationId, string Key)> AddAsync(HubHost hub, string name, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        Organisation organisation = new() { Name = name, Kind = kind, CreatedAt = hub.Time.GetUtcNow() };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        string key = await AddKeyAsync(db, organisation.Id, role, hub.Time.GetUtcNow());
        return (organisation.Id, key);
    }

    /// <summary>Adds a key with <paramref name="role"/> to an existing organisation (e.g. a second analyst of the coalition).</summary>
    public static async Task<string> AddKeyAsync(HubHost hub, long organisationId, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        return await AddKeyAsync(scope.ServiceProvider.GetRequiredService<WildTraceDb>(), organisationId, role, hub.Time.GetUtcNow());
    }

    private static async Task<string> AddKeyAsync(WildTraceDb db, long organisationId, HubRole role, DateTimeOffset now)
    {
        (string text, string keyId, byte[] secretHash) = ApiKeySecret.Create();
        db.ApiKeys.Add(new ApiKey { KeyId = keyId, SecretHash = secretHash, Name = "test " + role, OrganisationId = organisationId, Role = role, CreatedAt = now });
        await db.SaveChangesAsync();
        return text;
    }
}
