using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Members;

public sealed class ApiKeysApiTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Created_key_works_at_once_and_stops_at_once_when_revoked(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        CreatedApiKeyResponse created = await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberEngineer);
        using HttpClient engineer = hub.CreateClient(created.Key);
        MeResponse? before = await engineer.GetFromJsonAsync<MeResponse>("/api/v1/me", Cancel);

        using HttpResponseMessage revoke = await admin.DeleteAsync($"/api/v1/apikeys/{created.KeyId}", Cancel);
        using HttpResponseMessage after = await engineer.GetAsync("/api/v1/me", Cancel);

        Assert.Equal(new MeResponse($"key:{created.KeyId}", platform.Id, "MemberEngineer"), before);
        Assert.StartsWith("wtk_" + created.KeyId + "_", created.Key, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Key_list_shows_last_used_time_and_never_the_secret(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        CreatedApiKeyResponse created = await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberReviewer);
        hub.Time.Advance(TimeSpan.FromMinutes(5));
        using HttpClient reviewer = hub.CreateClient(created.Key);
        (await reviewer.GetAsync("/api/v1/me", Cancel)).Dispose();

        string body = await admin.GetStringAsync($"/api/v1/apikeys?organisationId={platform.Id}", Cancel);
        KeysetPage<ApiKeyResponse>? page = System.Text.Json.JsonSerializer.Deserialize<KeysetPage<ApiKeyResponse>>(body, MemberRequests.Json);

        ApiKeyResponse key = Assert.Single(page!.Items);
        Assert.Equal(created.KeyId, key.KeyId);
        Assert.Equal(hub.Time.GetUtcNow(), key.LastUsedAt);
        Assert.DoesNotContain(created.Key[(4 + 12 + 1)..], body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Engineer_manages_own_organisation_reviewer_and_engineer_keys()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        using HttpClient engineer = hub.CreateClient((await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberEngineer)).Key);

        CreatedApiKeyResponse reviewerKey = await engineer.CreateApiKeyAsync(platform.Id, HubRole.MemberReviewer);
        KeysetPage<ApiKeyResponse>? listed = await engineer.GetFromJsonAsync<KeysetPage<ApiKeyResponse>>("/api/v1/apikeys", MemberRequests.Json, Cancel);
        using HttpResponseMessage revoked = await engineer.DeleteAsync($"/api/v1/apikeys/{reviewerKey.KeyId}", Cancel);

        Assert.Equal(2, listed!.Items.Count);
        Assert.All(listed.Items, k => Assert.Equal(platform.Id, k.OrganisationId));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
    }

    [Fact]
    public async Task Engineer_cannot_mint_coalition_roles_or_touch_another_organisation()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        OrganisationResponse other = await admin.CreateOrganisationAsync("Other platform", OrganisationKind.Platform);
        CreatedApiKeyResponse otherKey = await admin.CreateApiKeyAsync(other.Id, HubRole.MemberEngineer);
        using HttpClient engineer = hub.CreateClient((await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberEngineer)).Key);

        using HttpResponseMessage coalitionRole = await engineer.PostAsJsonAsync("/api/v1/apikeys",
            new { organisationId = platform.Id, name = "escalate", role = "coalitionAdmin" }, Cancel);
        using HttpResponseMessage otherCreate = await engineer.PostAsJsonAsync("/api/v1/apikeys",
            new { organisationId = other.Id, name = "foreign", role = "memberReviewer" }, Cancel);
        using HttpResponseMessage otherRead = await engineer.GetAsync($"/api/v1/apikeys/{otherKey.KeyId}", Cancel);
        using HttpResponseMessage otherRevoke = await engineer.DeleteAsync($"/api/v1/apikeys/{otherKey.KeyId}", Cancel);
        using HttpClient otherClient = hub.CreateClient(otherKey.Key);
        using HttpResponseMessage otherStillWorks = await otherClient.GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, coalitionRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCreate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherStillWorks.StatusCode);
    }

    [Fact]
    public async Task Reviewer_and_spotter_keys_cannot_manage_keys()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        using HttpClient reviewer = hub.CreateClient((await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberReviewer)).Key);

        using HttpResponseMessage response = await reviewer.PostAsJsonAsync("/api/v1/apikeys",
            new { organisationId = platform.Id, name = "k", role = "memberReviewer" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
