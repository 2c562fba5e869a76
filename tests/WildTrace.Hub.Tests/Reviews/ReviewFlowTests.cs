using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Reviews;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.HashBanks;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Reviews;

public sealed class ReviewFlowTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Confirmed_case_reaches_the_platforms_queue_and_its_outcome_reaches_the_reporter(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = hub.CreateClient(memberKey);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(anonymous,
            new { url = "https://m.marketplace.example/item/7", listingText = "Carved ivory tusk" });

        ReviewCaseSummary[]? queue = await admin.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/reviews", s_none);
        using HttpResponseMessage decided = await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "confirm" }, s_none);
        ReviewCaseSummary[]? memberQueue = await member.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/member-queue", s_none);
        using HttpResponseMessage outcome = await member.PostAsJsonAsync($"/api/v1/member-queue/{receipt.CaseId}/outcome", new { outcome = "removed" }, s_none);
        ReportStatusResponse? status = await anonymous.GetFromJsonAsync<ReportStatusResponse>(
            "/api/v1/reports/status/" + receipt.FollowUpUrl["/Report/Status/".Length..], s_none);

        Assert.Contains(queue!, c => c.Id == receipt.CaseId);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains(memberQueue!, c => c.Id == receipt.CaseId && c.Status == "confirmed");
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal("removed", status!.State);
    }

    [Fact]
    public async Task Another_platform_neither_sees_nor_answers_for_a_case()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (long platformId, _) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberReviewer);
        (_, string otherKey) = await TestMembers.AddAsync(hub, "Other platform", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient other = hub.CreateClient(otherKey);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null), new { url = "https://marketplace.example/item/8" });
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();

        ReviewCaseSummary[]? otherQueue = await other.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/member-queue", s_none);
        using HttpResponseMessage outcome = await other.PostAsJsonAsync($"/api/v1/member-queue/{receipt.CaseId}/outcome", new { outcome = "removed" }, s_none);
        using HttpResponseMessage reviews = await other.GetAsync("/api/v1/reviews", s_none);

        Assert.Empty(otherQueue!);
        Assert.Equal(HttpStatusCode.NotFound, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviews.StatusCode);
    }

    [Fact]
    public async Task Confirmed_screenshots_join_the_coalitions_shared_bank_with_a_feed_revision()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using MultipartFormDataContent form = new();
        form.Add(new StringContent("https://shop.example/item/photo"), "url");
        form.Add(new ByteArrayContent(ReportImages.Png(seed: 11)), "screenshots", "s.png");
        using HttpResponseMessage filed = await hub.CreateClient(apiKey: null).PostAsync("/api/v1/reports", form, s_none);
        ReportReceiptResponse receipt = (await filed.Content.ReadFromJsonAsync<ReportReceiptResponse>(s_none))!;

        (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();

        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        BankedHash banked = Assert.Single(await db.BankedHashes.Include(h => h.Bank).ToListAsync(s_none));
        string screenshotPdq = Assert.Single(await db.ReportScreenshots.Select(s => s.Pdq).ToListAsync(s_none));
        Assert.Equal(screenshotPdq, banked.Pdq);
        Assert.Equal(ConfirmedImageBank.BankName, banked.Bank!.Name);
        Assert.True(banked.Bank.IsShared);
        Assert.Equal(1, banked.Revision);
    }

    [Fact]
    public async Task Rejection_without_a_reason_is_refused()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null), new { url = "https://shop.example/item/1" });

        using HttpResponseMessage bare = await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "reject" }, s_none);
        using HttpResponseMessage reasoned = await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions",
            new { verdict = "reject", policyClause = "not-wildlife", note = "a carved resin figure" }, s_none);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reasoned.StatusCode);
    }

    [Fact]
    public async Task Escalation_to_law_enforcement_needs_a_second_analyst()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient first = hub.CreateClient(hub.AdminKey);
        long coalitionId = (await first.GetFromJsonAsync<WildTrace.Hub.Members.MeResponse>("/api/v1/me", s_none))!.OrganisationId;
        using HttpClient second = hub.CreateClient(await TestMembers.AddKeyAsync(hub, coalitionId, HubRole.Analyst));
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null), new { url = "https://shop.example/item/2" });
        string decisions = $"/api/v1/reviews/{receipt.CaseId}/decisions";

        using HttpResponseMessage early = await second.PostAsJsonAsync(decisions, new { verdict = "escalate" }, s_none);
        (await first.PostAsJsonAsync(decisions, new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
        using HttpResponseMessage bySame = await first.PostAsJsonAsync(decisions, new { verdict = "escalate" }, s_none);
        using HttpResponseMessage bySecond = await second.PostAsJsonAsync(decisions, new { verdict = "escalate" }, s_none);
        ReviewCaseResponse? after = await bySecond.Content.ReadFromJsonAsync<ReviewCaseResponse>(s_none);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, bySame.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySecond.StatusCode);
        Assert.Equal("escalated", after!.Case.Status);
        Assert.Equal(2, after.Decisions.Count);
    }

    [Fact]
    public async Task Queue_puts_appendix_i_cases_first_and_marks_overdue_ones()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        ReportReceiptResponse plain = await ReportApiTests.SubmitAsync(anonymous, new { url = "https://shop.example/item/3" });
        ReportReceiptResponse pangolin = await ReportApiTests.SubmitAsync(anonymous, new { url = "https://shop.example/item/4", taxon = "Manis javanica" });

        hub.Time.Advance(TimeSpan.FromHours(49));
        ReviewCaseSummary[]? queue = await admin.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/reviews", s_none);

        Assert.Equal(new long[] { pangolin.CaseId, plain.CaseId }, queue!.Select(c => c.Id));
        Assert.All(queue!, c => Assert.True(c.IsOverdue));
    }
}
