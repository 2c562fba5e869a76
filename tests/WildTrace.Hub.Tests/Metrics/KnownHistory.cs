using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Metrics;

/// <summary>
/// A reporting history with known answers, built through the hub's own API on its fake clock (which starts on Sunday
/// 2026-11-01 09:00 UTC, ISO week 2026-W44). Shared with the browser tests (linked into that project), so it reaches
/// the hub only through <c>clients</c>.
/// </summary>
/// <remarks>
/// <code>
/// case  platform        reporter  reported      decided (after)       routed → outcome (after routing)
/// 1     shop-a.example  Ana       11-01 09:00   confirm 11:00 (2 h)   removed 21:00 (10 h)
/// 2     market.example  Bo        11-01 09:00   reject  13:00 (4 h)
/// 3     market.example  anonymous 11-01 09:00   confirm 19:00 (10 h)  not violating 11-01 22:00
/// 4     shop-a.example  Ana       11-01 09:00   open
/// 5     market.example  Bo        11-09 09:00   confirm 11-10 05:00 (20 h)  removed 11-10 09:00 (4 h)
/// </code>
/// Time to decision 2, 4, 10, 20 h: median 7, p90 20. Time to removal 10, 4 h: median 7, p90 10. Reports 5, decided 4,
/// confirmed 3: accuracy 75%. Ana 1 of 1 decided; Bo 1 of 2. The clock ends at 2026-11-10 09:00 (week 2026-W46).
/// </remarks>
internal sealed record KnownHistory(long AnaId, long BoId, long[] CaseIds)
{
    public const string AnaName = "Ana Spotter";
    public const string BoName = "Bo Spotter";

    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the history; <paramref name="clients"/> makes a client with that API key, or without one for null.</summary>
    public static async Task<KnownHistory> BuildAsync(HubHost hub, Func<string?, HttpClient> clients)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(clients);
        Assert.Equal(Start, hub.Time.GetUtcNow()); // every figure below depends on it
        using HttpClient admin = clients(hub.AdminKey);
        OrganisationResponse spotters = await admin.CreateOrganisationAsync("Cyber Spotters", OrganisationKind.Spotters);
        long anaId = await CreateSpotterAsync(admin, spotters.Id, "ana@example.org", AnaName);
        long boId = await CreateSpotterAsync(admin, spotters.Id, "bo@example.org", BoName);
        (long shopId, string shopKey) = await TestMembers.AddAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberReviewer);
        (long marketId, string marketKey) = await TestMembers.AddAsync(hub, "Market", OrganisationKind.Platform, HubRole.MemberReviewer);
        await RouteAsync(admin, "shop-a.example", shopId);
        await RouteAsync(admin, "market.example", marketId);
        using HttpClient ana = await SignedInAsync(clients, "ana@example.org");
        using HttpClient bo = await SignedInAsync(clients, "bo@example.org");
        using HttpClient anonymous = clients(null);
        using HttpClient shop = clients(shopKey);
        using HttpClient market = clients(marketKey);

        long case1 = await ReportAsync(ana, "https://shop-a.example/item/1");
        long case2 = await ReportAsync(bo, "https://market.example/item/2");
        long case3 = await ReportAsync(anonymous, "https://market.example/item/3");
        long case4 = await ReportAsync(ana, "https://shop-a.example/item/4");
        hub.Time.Advance(TimeSpan.FromHours(2));
        await DecideAsync(admin, case1, new { verdict = "confirm" });
        hub.Time.Advance(TimeSpan.FromHours(2));
        await DecideAsync(admin, case2, new { verdict = "reject", policyClause = "not-wildlife" });
        hub.Time.Advance(TimeSpan.FromHours(6));
        await DecideAsync(admin, case3, new { verdict = "confirm" });
        hub.Time.Advance(TimeSpan.FromHours(2));
        await OutcomeAsync(shop, case1, "removed");
        hub.Time.Advance(TimeSpan.FromHours(1));
        await OutcomeAsync(market, case3, "notViolating");

        hub.Time.Advance(new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero) - hub.Time.GetUtcNow());
        using HttpClient boAgain = await SignedInAsync(clients, "bo@example.org"); // a week later the first session has expired
        long case5 = await ReportAsync(boAgain, "https://market.example/item/5");
        hub.Time.Advance(TimeSpan.FromHours(20));
        await DecideAsync(admin, case5, new { verdict = "confirm" });
        hub.Time.Advance(TimeSpan.FromHours(4));
        await OutcomeAsync(market, case5, "removed");
        return new KnownHistory(anaId, boId, [case1, case2, case3, case4, case5]);
    }

    private static async Task<long> CreateSpotterAsync(HttpClient admin, long organisationId, string email, string displayName)
    {
        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/users",
            new { organisationId, email, displayName, role = "spotter", password = MemberRequests.Password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UserResponse>(MemberRequests.Json))!.Id;
    }

    private static async Task<HttpClient> SignedInAsync(Func<string?, HttpClient> clients, string email)
    {
        HttpClient client = clients(null);
        using HttpResponseMessage response = await HubForms.SignInAsync(client, email, MemberRequests.Password);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"sign-in answered {response.StatusCode}");
        return client;
    }

    private static async Task RouteAsync(HttpClient admin, string platform, long organisationId) =>
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/" + platform, new { organisationId })).EnsureSuccessStatusCode();

    private static async Task<long> ReportAsync(HttpClient client, string url)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/reports", new { url });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WildTrace.Hub.Reports.ReportReceiptResponse>())!.CaseId;
    }

    private static async Task DecideAsync(HttpClient admin, long caseId, object decision) =>
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{caseId}/decisions", decision)).EnsureSuccessStatusCode();

    private static async Task OutcomeAsync(HttpClient member, long caseId, string outcome) =>
        (await member.PostAsJsonAsync($"/api/v1/member-queue/{caseId}/outcome", new { outcome })).EnsureSuccessStatusCode();
}
