using System.Net;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Reviews;

public sealed class ReviewPagesTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Workbench_shows_an_automatic_confirmation_with_its_rule_and_offers_to_overturn_it()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        ReportReceiptResponse automatic = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null),
            new { url = "https://shop.example/item/1", listingText = "Genuine rhino horn for sale, whatsapp me" });
        ReportReceiptResponse open = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null), new { url = "https://shop.example/item/2" });

        string casePage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Reviews/{automatic.CaseId}", s_none));
        string openPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Reviews/{open.CaseId}", s_none));
        string queue = await admin.GetStringAsync("/Reviews", s_none);
        string decidedQueue = WebUtility.HtmlDecode(await admin.GetStringAsync("/Reviews?automatic=true", s_none));

        Assert.Contains("Confirmed automatically: score threshold: score 0.998 ≥ 0.990", casePage, StringComparison.Ordinal);
        Assert.Contains("id=\"overturn-form\"", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmed automatically", openPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"overturn-form\"", openPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Reviews/{automatic.CaseId}\"", queue, StringComparison.Ordinal);
        Assert.Contains($"/Reviews/{automatic.CaseId}\"", decidedQueue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Reviews/{open.CaseId}\"", decidedQueue, StringComparison.Ordinal);
        Assert.Contains("1 cases decided automatically", decidedQueue, StringComparison.Ordinal);
    }
}
