using System.Net.Http.Json;
using System.Text.Json;
using WildTrace.Hub.Metrics;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Reviews;

public sealed class LearningLoopTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Decisions_export_as_labelled_json_lines_and_count_in_the_metrics()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = hub.CreateClient(memberKey);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        ReportReceiptResponse ivory = await ReportApiTests.SubmitAsync(anonymous,
            new { url = "https://marketplace.example/a", listingText = "Carved ivory tusk", language = "en" });
        ReportReceiptResponse dress = await ReportApiTests.SubmitAsync(anonymous,
            new { url = "https://marketplace.example/b", listingText = "Ivory wedding dress, size 10", language = "en" });
        await ReportApiTests.SubmitAsync(anonymous, new { url = "https://marketplace.example/c" });

        hub.Time.Advance(TimeSpan.FromHours(6));
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{ivory.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/reviews/{dress.CaseId}/decisions", new { verdict = "reject", policyClause = "not-wildlife" }, s_none)).EnsureSuccessStatusCode();
        hub.Time.Advance(TimeSpan.FromHours(2));
        (await member.PostAsJsonAsync($"/api/v1/member-queue/{ivory.CaseId}/outcome", new { outcome = "removed" }, s_none)).EnsureSuccessStatusCode();
        string jsonl = await admin.GetStringAsync("/api/v1/reviews/labelled", s_none);
        ReportMetricsResponse? metrics = await admin.GetFromJsonAsync<ReportMetricsResponse>("/api/v1/metrics/reports", s_none);

        JsonElement[] lines = [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(2, lines.Length);
        Assert.Equal("prohibited", lines.Single(l => l.GetProperty("id").GetString() == $"case-{ivory.CaseId}").GetProperty("label").GetString());
        Assert.Equal("allowed", lines.Single(l => l.GetProperty("id").GetString() == $"case-{dress.CaseId}").GetProperty("label").GetString());
        Assert.All(lines, l => Assert.Equal("en", l.GetProperty("lang").GetString()));
        Assert.Equal(3, metrics!.ReportsReceived);
        Assert.Equal(1, metrics.OpenCases);
        Assert.Equal(0.5, metrics.Accuracy);
        Assert.Equal(6, metrics.MedianHoursToDecision);
        Assert.Equal(2, metrics.MedianHoursToRemoval);
        Assert.Equal(0, metrics.AutomaticDecisionShare);
    }
}
