using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Learning;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Terms;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Hub.Tests.Terms;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Tests.Learning;

public sealed class LearningApiTests
{
    private const string Candidates = "/api/v1/reviews/term-candidates";
    private const string Propose = "/api/v1/reviews/term-candidates/propose";
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Code_word_of_confirmed_cases_is_filed_once_as_a_proposed_term_citing_them(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        long[] confirmed = await DecideAsync(hub, admin);

        ProposalRunResponse first = await PostAsync(admin, Propose);
        TermPageResponse proposed = (await admin.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?state=proposed&limit=500", TermJson.Options, s_none))!;
        ProposalRunResponse second = await PostAsync(admin, Propose);

        TermResponse filed = Assert.Single(first.Filed, t => t.Text == "Blorbite");
        TermResponse queued = Assert.Single(proposed.Items, t => t.Id == filed.Id);
        Assert.Equal(TermState.Proposed, queued.State);
        Assert.Equal(TermProposer.Kind, queued.Kind);
        Assert.Equal("en", queued.Language);
        Assert.Equal(0.4, queued.Weight);
        Assert.Equal($"Confirmed reports: cases {string.Join(", ", confirmed)} (WildTrace hub review)", queued.Source);
        Assert.Empty(second.Filed);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Term_a_curator_rejected_is_not_proposed_again(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        await DecideAsync(hub, admin);
        TermResponse filed = Assert.Single((await PostAsync(admin, Propose)).Filed, t => t.Text == "Blorbite");

        using HttpResponseMessage rejected = await TermJson.PostAsync(admin, $"/api/v1/terms/{filed.Id}/reject", new { comment = "a gemstone" });
        await DecideAsync(hub, admin, firstItem: 10); // fresh evidence for the same word
        ProposalRunResponse again = await PostAsync(admin, Propose);
        TermCandidateResponse[] listed = (await admin.GetFromJsonAsync<TermCandidateResponse[]>(Candidates, s_none))!;

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.DoesNotContain(again.Filed, t => t.Text.Contains("lorbite", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(listed, c => c.Normalized.Contains("blorbite", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Candidate_list_ranks_without_filing_anything()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        long[] confirmed = await DecideAsync(hub, admin);

        TermCandidateResponse[] listed = (await admin.GetFromJsonAsync<TermCandidateResponse[]>(Candidates + "?limit=5", s_none))!;
        TermPageResponse proposed = (await admin.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?state=proposed", TermJson.Options, s_none))!;

        TermCandidateResponse first = listed[0];
        Assert.Equal("blorbite", first.Normalized);
        Assert.Equal(confirmed, first.SampleCaseIds);
        Assert.Equal(0, first.RejectedCases);
        Assert.InRange(listed.Length, 1, 5);
        Assert.Empty(proposed.Items);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task Candidate_limit_out_of_range_is_a_validation_problem(int limit)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await admin.GetAsync($"{Candidates}?limit={limit}", s_none);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Three confirmed cases share "blorbite" (made up, in no pack); two rejected ones share the ordinary words.</summary>
    internal static async Task<long[]> DecideAsync(HubHost hub, HttpClient admin, int firstItem = 1)
    {
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        string[] confirmedTexts =
        [
            "Blorbite bangle, old stock, message anytime", "Genuine blorbite carving, message for details", "Blorbite pendant with certificate, message now",
        ];
        string[] rejectedTexts = ["Resin bangle, message anytime", "Wooden carving with certificate, message now"];
        List<long> confirmed = [];
        int item = firstItem;
        foreach (string text in confirmedTexts)
        {
            ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(anonymous, new { url = $"https://shop.example/item/{item++}", listingText = text, language = "en" });
            (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
            confirmed.Add(receipt.CaseId);
        }

        foreach (string text in rejectedTexts)
        {
            ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(anonymous, new { url = $"https://shop.example/item/{item++}", listingText = text, language = "en" });
            (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "reject", policyClause = "not-wildlife" }, s_none))
                .EnsureSuccessStatusCode();
        }

        return [.. confirmed];
    }

    private static async Task<ProposalRunResponse> PostAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.PostAsync(path, content: null, s_none);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProposalRunResponse>(TermJson.Options, s_none))!;
    }
}
