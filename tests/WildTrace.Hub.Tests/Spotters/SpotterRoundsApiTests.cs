using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Spotters;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Spotters;

public sealed class SpotterRoundsApiTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Fact]
    public async Task Analysts_create_rounds_of_four_weeks_by_default_and_others_may_not()
    {
        await using HubHost hub = await HubHost.StartAsync();
        long coalition = TestMembers.CoalitionId(hub);
        using HttpClient analyst = hub.CreateClient(await TestMembers.AddKeyAsync(hub, coalition, HubRole.Analyst));
        (_, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient member = hub.CreateClient(memberKey);
        (HttpClient spotter, _) = await SpotterClients.JoinAsync(hub, "ro@example.org");
        using HttpClient spotterClient = spotter;
        DateTimeOffset startsAt = hub.Time.GetUtcNow();
        object round = new { name = "Pangolin scales, round 19", focus = "Manis", startsAt };

        using HttpResponseMessage created = await analyst.PostAsJsonAsync("/api/v1/spotter-rounds", round, MemberRequests.Json, s_none);
        using HttpResponseMessage byMember = await member.PostAsJsonAsync("/api/v1/spotter-rounds", round, MemberRequests.Json, s_none);
        using HttpResponseMessage bySpotter = await spotterClient.PostAsJsonAsync("/api/v1/spotter-rounds", round, MemberRequests.Json, s_none);

        SpotterRoundResponse? response = await created.Content.ReadFromJsonAsync<SpotterRoundResponse>(MemberRequests.Json, s_none);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(startsAt.AddDays(28), response!.EndsAt);
        Assert.Equal(SpotterRoundState.Open, response.State);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySpotter.StatusCode);
    }

    [Fact]
    public async Task Round_that_ends_before_it_starts_is_refused()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        DateTimeOffset startsAt = hub.Time.GetUtcNow();

        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/spotter-rounds",
            new { name = "Backwards", startsAt, endsAt = startsAt.AddDays(-1) }, MemberRequests.Json, s_none);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Spotter_joins_an_open_round_once_and_is_refused_after_it_ends()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        (HttpClient spotter, _) = await SpotterClients.JoinAsync(hub, "jo@example.org");
        using HttpClient spotterClient = spotter;
        (HttpClient late, _) = await SpotterClients.JoinAsync(hub, "late@example.org");
        using HttpClient lateClient = late;
        long roundId = await CreateRoundAsync(admin, hub.Time.GetUtcNow(), TimeSpan.FromDays(1));

        using HttpResponseMessage joined = await spotterClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none);
        using HttpResponseMessage again = await spotterClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none);
        hub.Time.Advance(TimeSpan.FromDays(1));
        await SpotterClients.SignInAgainAsync(lateClient, "late@example.org");
        using HttpResponseMessage afterEnd = await lateClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none);
        using HttpResponseMessage missing = await lateClient.PostAsync("/api/v1/spotter-rounds/999999/join", null, s_none);

        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<SpotterRoundResponse>(MemberRequests.Json, s_none))!.MemberCount);
        Assert.Equal(HttpStatusCode.Conflict, afterEnd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Tally_counts_only_members_reports_inside_the_round_window(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        (HttpClient member, long memberId) = await SpotterClients.JoinAsync(hub, "in@example.org", "In");
        using HttpClient memberClient = member;
        (HttpClient outsider, _) = await SpotterClients.JoinAsync(hub, "out@example.org", "Out");
        using HttpClient outsiderClient = outsider;
        long roundId = await CreateRoundAsync(admin, hub.Time.GetUtcNow().AddDays(1), TimeSpan.FromDays(28));
        (await memberClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none)).EnsureSuccessStatusCode();

        await SpotterClients.ReportAsync(memberClient, "https://shop.example/before");
        hub.Time.Advance(TimeSpan.FromDays(2));
        await SpotterClients.SignInAgainAsync(memberClient, "in@example.org");
        await SpotterClients.SignInAgainAsync(outsiderClient, "out@example.org");
        var confirmed = await SpotterClients.ReportAsync(memberClient, "https://shop.example/in-1");
        var rejected = await SpotterClients.ReportAsync(memberClient, "https://shop.example/in-2");
        await SpotterClients.ReportAsync(memberClient, "https://shop.example/in-3");
        await SpotterClients.ReportAsync(outsiderClient, "https://shop.example/outsider");
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{confirmed.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{rejected.CaseId}/decisions", new { verdict = "reject", policyClause = "not-wildlife" }, s_none)).EnsureSuccessStatusCode();
        hub.Time.Advance(TimeSpan.FromDays(28));
        await SpotterClients.SignInAgainAsync(memberClient, "in@example.org");
        await SpotterClients.ReportAsync(memberClient, "https://shop.example/after");

        SpotterRoundDetailResponse detail = await SpotterClients.GetAsync<SpotterRoundDetailResponse>(admin, $"/api/v1/spotter-rounds/{roundId}");

        SpotterRoundMemberResponse row = Assert.Single(detail.Members);
        Assert.Equal(memberId, row.UserId);
        Assert.Equal("In", row.DisplayName);
        Assert.Equal(new SpotterTally(3, 2, 1, 0.5), row.Tally);
        Assert.Equal(SpotterRoundState.Past, detail.Round.State);
    }

    [Fact]
    public async Task Spotter_sees_only_their_own_row_of_a_round()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        (HttpClient first, long firstId) = await SpotterClients.JoinAsync(hub, "first@example.org");
        using HttpClient firstClient = first;
        (HttpClient second, _) = await SpotterClients.JoinAsync(hub, "second@example.org");
        using HttpClient secondClient = second;
        long roundId = await CreateRoundAsync(admin, hub.Time.GetUtcNow(), TimeSpan.FromDays(28));
        (await firstClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none)).EnsureSuccessStatusCode();
        (await secondClient.PostAsync($"/api/v1/spotter-rounds/{roundId}/join", null, s_none)).EnsureSuccessStatusCode();

        SpotterRoundDetailResponse asFirst = await SpotterClients.GetAsync<SpotterRoundDetailResponse>(firstClient, $"/api/v1/spotter-rounds/{roundId}");
        SpotterRoundDetailResponse asAdmin = await SpotterClients.GetAsync<SpotterRoundDetailResponse>(admin, $"/api/v1/spotter-rounds/{roundId}");
        SpotterRoundResponse[] listed = await SpotterClients.GetAsync<SpotterRoundResponse[]>(firstClient, "/api/v1/spotter-rounds?state=open");

        Assert.Equal(firstId, Assert.Single(asFirst.Members).UserId);
        Assert.Equal(2, asAdmin.Members.Count);
        Assert.Equal(2, asFirst.Round.MemberCount);
        Assert.True(Assert.Single(listed).IsMember);
    }

    [Fact]
    public async Task Rounds_are_listed_by_state()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        DateTimeOffset now = hub.Time.GetUtcNow();
        long past = await CreateRoundAsync(admin, now.AddDays(-30), TimeSpan.FromDays(28));
        long open = await CreateRoundAsync(admin, now.AddDays(-1), TimeSpan.FromDays(28));
        long upcoming = await CreateRoundAsync(admin, now.AddDays(7), TimeSpan.FromDays(28));

        SpotterRoundResponse[] all = await SpotterClients.GetAsync<SpotterRoundResponse[]>(admin, "/api/v1/spotter-rounds");
        SpotterRoundResponse[] onlyPast = await SpotterClients.GetAsync<SpotterRoundResponse[]>(admin, "/api/v1/spotter-rounds?state=past");

        Assert.Equal([upcoming, open, past], all.Select(r => r.Id));
        Assert.Equal([SpotterRoundState.Upcoming, SpotterRoundState.Open, SpotterRoundState.Past], all.Select(r => r.State));
        Assert.Equal([past], onlyPast.Select(r => r.Id));
    }

    internal static async Task<long> CreateRoundAsync(HttpClient curator, DateTimeOffset startsAt, TimeSpan length)
    {
        using HttpResponseMessage response = await curator.PostAsJsonAsync("/api/v1/spotter-rounds",
            new { name = "Round " + startsAt.ToUnixTimeSeconds(), focus = "ivory", startsAt, endsAt = startsAt + length }, MemberRequests.Json, s_none);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SpotterRoundResponse>(MemberRequests.Json, s_none))!.Id;
    }
}
