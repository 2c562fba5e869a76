using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Members;

public sealed class MeApiTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task First_admin_key_from_the_environment_signs_in_as_coalition_admin(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);

        MeResponse? me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.NotNull(me);
        Assert.Equal("CoalitionAdmin", me.Role);
        Assert.StartsWith("key:", me.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Anonymous_caller_gets_401_problem_details(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/problems/unauthenticated", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_secret_for_a_known_key_id_is_refused()
    {
        await using HubHost hub = await HubHost.StartAsync();
        string forged = hub.AdminKey[..^4] + (hub.AdminKey.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using HttpClient client = hub.CreateClient(forged);

        using HttpResponseMessage response = await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
