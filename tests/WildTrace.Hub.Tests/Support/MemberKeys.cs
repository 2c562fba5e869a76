using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Members;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// Puts an organisation and an API key straight into a test hub's database, for feature tests that need callers from
/// several organisations without depending on the members API. Returns the key's text, ready for
/// <see cref="HubHost.CreateClient(string?)"/>.
/// </summary>
public static class MemberKeys
{
    public static async Task<(string Key, long OrganisationId)> CreateAsync(HubHost hub, string organisation, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        Organisation? owner = db.Organisations.SingleOrDefault(o => o.Name == organisation);
        if (owner is null)
        {
            owner = new Organisation { Name = organisation, Kind = kind, CreatedAt = hub.Time.GetUtcNow() };
            db.Organisations.Add(owner);
            await db.SaveChangesAsync();
        }

        (string text, string keyId, byte[] secretHash) = ApiKeySecret.Create();
        db.ApiKeys.Add(new ApiKey
        {
            KeyId = keyId, SecretHash = secretHash, Name = $"test {role}", OrganisationId = owner.Id, Role = role, CreatedAt = hub.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return (text, owner.Id);
    }

    /// <summary>The coalition's organisation id (the first admin key's).</summary>
    public static long CoalitionId(HubHost hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        using IServiceScope scope = hub.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WildTraceDb>().Organisations.Single(o => o.Kind == OrganisationKind.Coalition).Id;
    }
}
