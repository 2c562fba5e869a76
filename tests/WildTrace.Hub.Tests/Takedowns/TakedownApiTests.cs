using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WildTrace.Hub.Takedowns;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Takedowns;

public sealed class TakedownApiTests
{
    private static readonly JsonSerializerOptions s_json = JsonSerializerOptions.Web;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Reporting_the_same_day_and_category_again_replaces_the_numbers(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (string key, long organisationId) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient client = hub.CreateClient(key);

        TakedownSaveResponse first = await PutAsync(client, "2026-10-30", "pangolins", new TakedownCounts(5, 2, 1));
        TakedownSaveResponse repeated = await PutAsync(client, "2026-10-30", "pangolins", new TakedownCounts(5, 2, 1));
        TakedownSaveResponse corrected = await PutAsync(client, "2026-10-30", "pangolins", new TakedownCounts(7, 2, 1));
        TakedownListResponse list = (await client.GetFromJsonAsync<TakedownListResponse>("/api/v1/takedowns", s_json, Ct))!;

        Assert.Equal((1, 0, 0), (first.Created, first.Replaced, first.Unchanged));
        Assert.Equal((0, 0, 1), (repeated.Created, repeated.Replaced, repeated.Unchanged));
        Assert.Equal((0, 1, 0), (corrected.Created, corrected.Replaced, corrected.Unchanged));
        TakedownResponse report = Assert.Single(list.Reports);
        Assert.Equal((organisationId, "2026-10-30", "pangolins", 7, 2, 1),
            (report.OrganisationId, report.Day, report.Category, report.ListingsBlocked, report.ListingsRemoved, report.AccountsActioned));
    }

    [Theory]
    // The day: in the future (the hub's clock is 2026-11-01 09:00 UTC), or not an ISO date
    [InlineData("2026-11-03", "elephants", 1, "reports[0].day")]
    [InlineData("01/11/2026", "elephants", 1, "reports[0].day")]
    // The category: not one of the policy groups
    [InlineData("2026-10-31", "ivory-ish", 1, "reports[0].category")]
    // The counts: negative
    [InlineData("2026-10-31", "elephants", -1, "reports[0]")]
    public async Task Refuses_a_report_that_breaks_a_rule(string day, string category, int blocked, string field)
    {
        await using HubHost hub = await HubHost.StartAsync();
        (string key, _) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient client = hub.CreateClient(key);

        using HttpResponseMessage response = await client.PutAsJsonAsync(
            $"/api/v1/takedowns/{Uri.EscapeDataString(day)}/{category}", new TakedownCounts(blocked, 0, 0), Ct);
        string body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_see_their_own_reports_and_coalition_staff_see_all_with_totals()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (string keyA, long shopA) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        (string keyB, long shopB) = await TestMembers.KeyForAsync(hub, "Shop B", OrganisationKind.Platform, HubRole.MemberEngineer);
        (string analystKey, _) = await TestMembers.KeyForAsync(hub, "Coalition analysts", OrganisationKind.Coalition, HubRole.Analyst);
        using HttpClient a = hub.CreateClient(keyA);
        using HttpClient b = hub.CreateClient(keyB);
        using HttpClient analyst = hub.CreateClient(analystKey);
        await PostAsync(a, new TakedownBatchItem("2026-10-30", "pangolins", 5, 1, 1), new TakedownBatchItem("2026-10-31", "elephants", 2, 0, 0));
        await PostAsync(b, new TakedownBatchItem("2026-10-30", "pangolins", 10, 3, 0));

        TakedownListResponse seenByA = (await a.GetFromJsonAsync<TakedownListResponse>("/api/v1/takedowns", s_json, Ct))!;
        TakedownListResponse seenByStaff = (await analyst.GetFromJsonAsync<TakedownListResponse>("/api/v1/takedowns", s_json, Ct))!;
        using HttpResponseMessage aAsksForB = await a.GetAsync($"/api/v1/takedowns?organisationId={shopB}", Ct);

        Assert.All(seenByA.Reports, r => Assert.Equal(shopA, r.OrganisationId));
        Assert.Equal(2, seenByA.Reports.Count);
        Assert.Equal(3, seenByStaff.Reports.Count);
        Assert.Equal(new TakedownTotal("pangolins", 15, 4, 1), Assert.Single(seenByStaff.ByCategory, t => t.Key == "pangolins"));
        Assert.Equal(new TakedownTotal($"{shopB}", 10, 3, 0), Assert.Single(seenByStaff.ByOrganisation, t => t.Key == $"{shopB}"));
        Assert.Equal(new TakedownTotal("2026-10-31", 2, 0, 0), Assert.Single(seenByStaff.ByDay, t => t.Key == "2026-10-31"));
        Assert.Equal(HttpStatusCode.NotFound, aAsksForB.StatusCode);
    }

    [Fact]
    public async Task Spotters_cannot_report_takedowns()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (string key, _) = await TestMembers.KeyForAsync(hub, "Volunteers", OrganisationKind.Spotters, HubRole.Spotter);
        using HttpClient client = hub.CreateClient(key);

        using HttpResponseMessage response = await client.PutAsJsonAsync("/api/v1/takedowns/2026-10-30/pangolins", new TakedownCounts(1, 0, 0), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TakedownSaveResponse> PutAsync(HttpClient client, string day, string category, TakedownCounts counts)
    {
        using HttpResponseMessage response = await client.PutAsJsonAsync($"/api/v1/takedowns/{day}/{category}", counts, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TakedownSaveResponse>(s_json, Ct))!;
    }

    private static async Task PostAsync(HttpClient client, params TakedownBatchItem[] reports)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/takedowns", new TakedownBatchRequest(reports), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
