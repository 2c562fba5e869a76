using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Terms;

/// <summary>
/// Makes an organisation and an API key with a given role straight in the database, for tests that need callers
/// other than the first admin before the members API exists on this branch.
/// </summary>
internal static class MemberKeys
{
    public static async Task<(string Key, long OrganisationId)> CreateAsync(HubHost hub, HubRole role, string organisation)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        Organisation org = new() { Name = organisation, Kind = OrganisationKind.Platform, CreatedAt = hub.Time.GetUtcNow() };
        db.Organisations.Add(org);
        (string text, string keyId, byte[] hash) = ApiKeySecret.Create();
        db.ApiKeys.Add(new ApiKey { KeyId = keyId, SecretHash = hash, Name = "test", Organisation = org, Role = role, CreatedAt = hub.Time.GetUtcNow() });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (text, org.Id);
    }
}
