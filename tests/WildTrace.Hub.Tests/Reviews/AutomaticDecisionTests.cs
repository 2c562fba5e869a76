using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Metrics;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Reviews;
using WildTrace.Hub.Tests.HashBanks;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.HashBanks;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Reviews;

public sealed class AutomaticDecisionTests
{
    // Scores with the bundled pack: 0.9986 and 0.9860, either side of the 0.99 default (AutomaticDecisionOptions).
    private const string StrongText = "Genuine rhino horn for sale, whatsapp me";
    private const string WeakerText = "Genuine rhino horn";

    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task High_score_report_is_confirmed_automatically_routed_announced_and_counted(StorageKind storage)
    {
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        await using HubHost hub = await HubHost.StartAsync(storage, new Dictionary<string, string?> { ["Hub:Webhooks:AllowPrivateAddresses"] = "true" });
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = await RoutedMemberAsync(hub, admin, receiver);

        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://marketplace.example/item/1", listingText = StrongText });
        ReviewCaseResponse? reviewed = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{receipt.CaseId}", s_none);
        ReviewCaseSummary[]? open = await admin.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/reviews", s_none);
        ReviewCaseSummary[]? automatic = await admin.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/reviews?automatic=true", s_none);
        ReviewCaseSummary[]? memberQueue = await member.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/member-queue", s_none);
        ReceivedWebhook delivery = await receiver.NextAsync(s_wait);
        ReportMetricsResponse? metrics = await admin.GetFromJsonAsync<ReportMetricsResponse>("/api/v1/metrics/reports", s_none);

        Assert.Equal("confirmed", reviewed!.Case.Status);
        ReviewDecisionView decision = Assert.Single(reviewed.Decisions);
        Assert.True(decision.IsAutomatic);
        Assert.Equal("auto:triage", decision.Reviewer);
        Assert.Equal("score threshold: score 0.998 ≥ 0.990", decision.Note);
        Assert.True(reviewed.CanOverturn);
        Assert.DoesNotContain(open!, c => c.Id == receipt.CaseId);
        Assert.Equal(receipt.CaseId, Assert.Single(automatic!).Id);
        Assert.Contains(memberQueue!, c => c.Id == receipt.CaseId);
        Assert.Equal("case.confirmed", TypeOf(delivery));
        Assert.True(metrics!.AutomaticDecisionShare > 0, $"automatic share {metrics.AutomaticDecisionShare}");
        Assert.Contains(await AuditActionsAsync(hub, "auto:triage"), a => a == "case.confirm");
    }

    [Fact]
    public async Task Report_below_the_threshold_stays_open_for_an_analyst()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://marketplace.example/item/2", listingText = WeakerText });
        ReviewCaseResponse? reviewed = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{receipt.CaseId}", s_none);

        Assert.Equal("open", reviewed!.Case.Status);
        Assert.InRange(reviewed.Case.Score, 0.5, 0.99);
        Assert.Empty(reviewed.Decisions);
        Assert.False(reviewed.CanOverturn);
    }

    [Fact]
    public async Task Screenshot_matching_a_shared_bank_hash_is_confirmed_automatically()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        byte[] screenshot = ReportImages.Png(seed: 21);
        using MemoryStream image = new(screenshot);
        Assert.True(PdqHasher.Default.TryHash(image, out PdqHashResult hashed, out _));
        long revision = await BankAsync(admin, "seized rhino horn", TestHashes.Flip(hashed.Hash.ToString(), 4));
        using CancellationTokenSource limit = new(s_wait);
        await hub.Services.GetRequiredService<HashBankIndex>().WaitForRevisionAsync(revision, limit.Token);

        ReportReceiptResponse receipt = await ReportApiTests.SubmitMultipartAsync(hub.CreateClient(apiKey: null), "https://shop.example/item/3", screenshot);
        ReviewCaseResponse? reviewed = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{receipt.CaseId}", s_none);

        Assert.Equal("confirmed", reviewed!.Case.Status);
        ReviewDecisionView decision = Assert.Single(reviewed.Decisions);
        Assert.True(decision.IsAutomatic);
        Assert.Equal("shared-bank match: screenshot at distance 4 from bank seized rhino horn (≤ 31)", decision.Note);
    }

    [Fact]
    public async Task Report_joining_an_already_decided_case_adds_no_decision()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        ReportReceiptResponse first = await ReportApiTests.SubmitAsync(anonymous, new { url = "https://shop.example/item/4", listingText = WeakerText });
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{first.CaseId}/decisions",
            new { verdict = "reject", policyClause = "legal-with-papers" }, s_none)).EnsureSuccessStatusCode();

        ReportReceiptResponse second = await ReportApiTests.SubmitAsync(anonymous, new { url = "https://shop.example/item/4", listingText = StrongText });
        ReviewCaseResponse? reviewed = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{first.CaseId}", s_none);

        Assert.True(second.IsDuplicate);
        Assert.Equal(first.CaseId, second.CaseId);
        Assert.Equal("rejected", reviewed!.Case.Status);
        Assert.False(Assert.Single(reviewed.Decisions).IsAutomatic);
    }

    [Fact]
    public async Task Overturn_rejects_an_automatic_confirmation_unbanks_it_and_tells_the_routed_member()
    {
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Webhooks:AllowPrivateAddresses"] = "true" });
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = await RoutedMemberAsync(hub, admin, receiver);
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://marketplace.example/item/5", listingText = StrongText });
        ReceivedWebhook confirmed = await receiver.NextAsync(s_wait);
        string decisions = $"/api/v1/reviews/{receipt.CaseId}/decisions";

        using HttpResponseMessage withoutReason = await admin.PostAsJsonAsync(decisions, new { verdict = "overturn" }, s_none);
        using HttpResponseMessage overturned = await admin.PostAsJsonAsync(decisions,
            new { verdict = "overturn", policyClause = "news-or-conservation", note = "a museum piece" }, s_none);
        ReviewCaseResponse? after = await overturned.Content.ReadFromJsonAsync<ReviewCaseResponse>(s_none);
        ReceivedWebhook retracted = await receiver.NextAsync(s_wait);
        using HttpResponseMessage again = await admin.PostAsJsonAsync(decisions, new { verdict = "overturn", policyClause = "not-wildlife" }, s_none);

        Assert.Equal("case.confirmed", TypeOf(confirmed));
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overturned.StatusCode);
        Assert.Equal("rejected", after!.Case.Status);
        Assert.Equal("confirm overturn", string.Join(" ", after.Decisions.Select(d => d.Verdict)));
        Assert.False(after.CanOverturn);
        Assert.Equal("case.retracted", TypeOf(retracted));
        using JsonDocument body = JsonDocument.Parse(retracted.Body);
        Assert.Equal(receipt.CaseId, body.RootElement.GetProperty("data").GetProperty("caseId").GetInt64());
        Assert.Equal("news-or-conservation", body.RootElement.GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(await AuditActionsAsync(hub, null), a => a == "case.overturn");
    }

    [Fact]
    public async Task Overturn_removes_the_cases_screenshots_from_the_confirmed_bank()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using MultipartFormDataContent form = new();
        form.Add(new StringContent("https://shop.example/item/6"), "url");
        form.Add(new StringContent(StrongText), "listingText");
        form.Add(new ByteArrayContent(ReportImages.Png(seed: 23)), "screenshots", "s.png");
        using HttpResponseMessage filed = await hub.CreateClient(apiKey: null).PostAsync("/api/v1/reports", form, s_none);
        ReportReceiptResponse receipt = (await filed.Content.ReadFromJsonAsync<ReportReceiptResponse>(s_none))!;
        bool isBanked = (await BankedAsync(hub)).Single().RemovedAt is null;

        (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions",
            new { verdict = "overturn", policyClause = "not-wildlife" }, s_none)).EnsureSuccessStatusCode();
        BankedHash after = Assert.Single(await BankedAsync(hub));

        Assert.True(isBanked);
        Assert.NotNull(after.RemovedAt);
        Assert.Equal(2, after.Revision);
    }

    [Fact]
    public async Task Analysts_confirmation_cannot_be_overturned()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://shop.example/item/7", listingText = WeakerText });
        string decisions = $"/api/v1/reviews/{receipt.CaseId}/decisions";
        (await admin.PostAsJsonAsync(decisions, new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();

        using HttpResponseMessage overturn = await admin.PostAsJsonAsync(decisions, new { verdict = "overturn", policyClause = "not-wildlife" }, s_none);
        ReviewCaseResponse? after = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{receipt.CaseId}", s_none);

        Assert.Equal(HttpStatusCode.Conflict, overturn.StatusCode);
        Assert.Equal("confirmed", after!.Case.Status);
        Assert.False(after.CanOverturn);
    }

    [Fact]
    public async Task Nothing_is_decided_automatically_when_the_options_turn_it_off()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Reports:Automatic:IsEnabled"] = "false" });
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://shop.example/item/8", listingText = StrongText });
        ReviewCaseResponse? reviewed = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{receipt.CaseId}", s_none);
        ReviewCaseSummary[]? automatic = await admin.GetFromJsonAsync<ReviewCaseSummary[]>("/api/v1/reviews?automatic=true", s_none);

        Assert.Equal("open", reviewed!.Case.Status);
        Assert.True(reviewed.Case.Score >= 0.99, $"score {reviewed.Case.Score}");
        Assert.Empty(reviewed.Decisions);
        Assert.Empty(automatic!);
    }

    private static async Task<HttpClient> RoutedMemberAsync(HubHost hub, HttpClient admin, WebhookReceiver receiver)
    {
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberEngineer);
        HttpClient member = hub.CreateClient(memberKey);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        (await member.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url.ToString() }, s_none)).EnsureSuccessStatusCode();
        return member;
    }

    private static async Task<long> BankAsync(HttpClient admin, string name, string pdq)
    {
        using HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/hashbanks", new { name, isShared = true }, s_none);
        HashBankResponse bank = (await created.Content.ReadFromJsonAsync<HashBankResponse>(s_none))!;
        using HttpResponseMessage added = await admin.PostAsJsonAsync($"/api/v1/hashbanks/{bank.Id}/hashes", new { hashes = new[] { new { pdq } } }, s_none);
        return (await added.Content.ReadFromJsonAsync<HashesChangedResponse>(s_none))!.Revision;
    }

    private static async Task<List<BankedHash>> BankedAsync(HubHost hub)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WildTraceDb>().BankedHashes.AsNoTracking().ToListAsync(s_none);
    }

    private static async Task<List<string>> AuditActionsAsync(HubHost hub, string? actor)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WildTraceDb>().AuditEntries.AsNoTracking()
            .Where(a => actor == null || a.Actor == actor).Select(a => a.Action).ToListAsync(s_none);
    }

    private static string? TypeOf(ReceivedWebhook webhook)
    {
        using JsonDocument body = JsonDocument.Parse(webhook.Body);
        return body.RootElement.GetProperty("type").GetString();
    }
}
