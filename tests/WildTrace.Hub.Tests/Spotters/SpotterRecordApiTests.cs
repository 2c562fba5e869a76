using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Spotters;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Spotters;

public sealed class SpotterRecordApiTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Reports_show_the_follow_up_state_as_analysts_and_the_platform_act(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = hub.CreateClient(memberKey);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        (HttpClient spotter, _) = await SpotterClients.JoinAsync(hub, "fi@example.org");
        using HttpClient spotterClient = spotter;
        var removed = await SpotterClients.ReportAsync(spotterClient, "https://marketplace.example/item/1");
        hub.Time.Advance(TimeSpan.FromMinutes(5));
        var rejected = await SpotterClients.ReportAsync(spotterClient, "https://marketplace.example/item/2");

        string[] before = await StatesAsync(spotterClient);
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{removed.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{rejected.CaseId}/decisions", new { verdict = "reject", policyClause = "not-wildlife" }, s_none)).EnsureSuccessStatusCode();
        string[] decided = await StatesAsync(spotterClient);
        (await member.PostAsJsonAsync($"/api/v1/member-queue/{removed.CaseId}/outcome", new { outcome = "removed" }, s_none)).EnsureSuccessStatusCode();
        string[] afterOutcome = await StatesAsync(spotterClient);
        SpotterMeResponse me = await SpotterClients.GetAsync<SpotterMeResponse>(spotterClient, "/api/v1/spotters/me");

        Assert.Equal(["received", "received"], before);
        Assert.Equal(["notActionable", "confirmed"], decided); // newest first
        Assert.Equal(["notActionable", "removed"], afterOutcome);
        Assert.Equal(new SpotterTally(2, 2, 1, 0.5), me.Overall);
    }

    [Fact]
    public async Task Record_counts_per_joined_round_and_nothing_decided_has_no_accuracy()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        (HttpClient spotter, long userId) = await SpotterClients.JoinAsync(hub, "gu@example.org", "Gu");
        using HttpClient spotterClient = spotter;
        await SpotterClients.ReportAsync(spotterClient, "https://shop.example/early");
        long roundId = await SpotterRoundsApiTests.CreateRoundAsync(admin, hub.Time.GetUtcNow().AddHours(1), TimeSpan.FromDays(28));
        (await spotterClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none)).EnsureSuccessStatusCode();
        hub.Time.Advance(TimeSpan.FromHours(2));
        await SpotterClients.ReportAsync(spotterClient, "https://shop.example/in-round");

        SpotterMeResponse me = await SpotterClients.GetAsync<SpotterMeResponse>(spotterClient, "/api/v1/spotters/me");

        Assert.Equal(userId, me.UserId);
        Assert.Equal("Gu", me.DisplayName);
        Assert.Equal(new SpotterTally(2, 0, 0, null), me.Overall);
        SpotterRoundTallyResponse round = Assert.Single(me.Rounds);
        Assert.Equal(roundId, round.Round.Id);
        Assert.Equal(new SpotterTally(1, 0, 0, null), round.Tally);
    }

    [Fact]
    public async Task Spotter_sees_only_their_own_reports_page_by_page()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (HttpClient mine, _) = await SpotterClients.JoinAsync(hub, "ha@example.org");
        using HttpClient mineClient = mine;
        (HttpClient other, _) = await SpotterClients.JoinAsync(hub, "iv@example.org");
        using HttpClient otherClient = other;
        long[] filed = new long[3];
        for (int i = 0; i < filed.Length; i++)
        {
            filed[i] = (await SpotterClients.ReportAsync(mineClient, $"https://shop.example/mine/{i}")).ReportId;
        }

        await SpotterClients.ReportAsync(otherClient, "https://shop.example/theirs");

        KeysetPage<SpotterReportResponse> first = await SpotterClients.GetAsync<KeysetPage<SpotterReportResponse>>(mineClient, "/api/v1/spotters/me/reports?limit=2");
        KeysetPage<SpotterReportResponse> second = await SpotterClients.GetAsync<KeysetPage<SpotterReportResponse>>(mineClient, $"/api/v1/spotters/me/reports?limit=2&before={first.Next}");

        Assert.Equal([filed[2], filed[1]], first.Items.Select(r => r.Id));
        Assert.Equal([filed[0]], second.Items.Select(r => r.Id));
        Assert.Null(second.Next);
        Assert.All(first.Items.Concat(second.Items), r => Assert.StartsWith("https://shop.example/mine/", r.Url, StringComparison.Ordinal));
    }

    // A spotter API key is not a person: reports filed with it carry no reporter, so it has no record.
    [Theory]
    [InlineData("/api/v1/spotters/me")]
    [InlineData("/api/v1/spotters/me/reports")]
    public async Task Record_is_only_for_signed_in_spotters(string path)
    {
        await using HubHost hub = await HubHost.StartAsync();
        (_, string spotterKey) = await TestMembers.AddAsync(hub, "Key spotters", OrganisationKind.Spotters, HubRole.Spotter);
        using HttpClient key = hub.CreateClient(spotterKey);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);

        using HttpResponseMessage asKey = await key.GetAsync(path, s_none);
        using HttpResponseMessage asAdmin = await admin.GetAsync(path, s_none);
        using HttpResponseMessage asAnonymous = await anonymous.GetAsync(path, s_none);

        Assert.Equal(HttpStatusCode.Forbidden, asKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asAnonymous.StatusCode);
    }

    private static async Task<string[]> StatesAsync(HttpClient spotter)
    {
        KeysetPage<SpotterReportResponse> page = await SpotterClients.GetAsync<KeysetPage<SpotterReportResponse>>(spotter, "/api/v1/spotters/me/reports");
        return [.. page.Items.Select(r => r.State)];
    }
}
