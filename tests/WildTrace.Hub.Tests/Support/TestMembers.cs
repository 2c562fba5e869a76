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

    /// <summary>
    /// A key with <paramref name="role"/> for the organisation named <paramref name="name"/>, created with
    /// <paramref name="kind"/> when no organisation has that name yet; returns the key text and the org id.
    /// </summary>
    public static async Task<(string Key, long OrganisationId)> KeyForAsync(HubHost hub, string name, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        Organisation? organisation = db.Organisations.SingleOrDefault(o => o.Name == name);
        if (organisation is null)
        {
            organisation = new Organisation { Name = name, Kind = kind, CreatedAt = hub.Time.GetUtcNow() };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        return (await AddKeyAsync(db, organisation.Id, role, hub.Time.GetUtcNow()), organisation.Id);
    }

    /// <summary>The coalition's organisation id (the first admin key's).</summary>
    public static long CoalitionId(HubHost hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        using IServiceScope scope = hub.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WildTraceDb>().Organisations.Single(o => o.Kind == OrganisationKind.Coalition).Id;
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
