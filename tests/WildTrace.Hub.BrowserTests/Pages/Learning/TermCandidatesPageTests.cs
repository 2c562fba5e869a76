using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Learning;

public sealed class TermCandidatesPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Analyst_sees_ranked_candidates_and_files_the_top_ones_for_curation()
    {
        await DecideCasesAsync();
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Coalition, HubRole.Analyst);
        await page.GotoAsync("/Reviews");
        await page.GetByRole(AriaRole.Link, new() { Name = "New-term candidates from decided cases" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/Reviews/TermCandidates");
        IEnumerable<string> listViolations = await BrowserSignIn.ViolationsAsync(page);
        bool isListed = await page.Locator("#term-candidates").GetByRole(AriaRole.Cell, new() { Name = "Blorbite", Exact = true }).IsVisibleAsync();

        Task<IResponse> posted = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose top 20" }).ClickAsync();
        await posted;
        await page.Locator("#proposal-result").WaitForAsync(); // the answer's page, not a load event (see Support/PageUrl)
        IEnumerable<string> resultViolations = await BrowserSignIn.ViolationsAsync(page);
        string result = await page.Locator("#proposal-result").InnerTextAsync();

        Assert.Empty(listViolations);
        Assert.True(isListed);
        Assert.Empty(resultViolations);
        Assert.Contains("Blorbite (en-blorbite)", result, StringComparison.Ordinal);
    }

    /// <summary>Three confirmed cases share the made-up word "blorbite"; two rejected ones share the ordinary words.</summary>
    private async Task DecideCasesAsync()
    {
        using HttpClient admin = BrowserSignIn.AdminClient(browser);
        using HttpClient anonymous = new() { BaseAddress = browser.BaseAddress };
        (string Text, object Decision)[] cases =
        [
            ("Blorbite bangle, old stock, message anytime", new { verdict = "confirm" }),
            ("Genuine blorbite carving, message for details", new { verdict = "confirm" }),
            ("Blorbite pendant with certificate, message now", new { verdict = "confirm" }),
            ("Resin bangle, message anytime", new { verdict = "reject", policyClause = "not-wildlife" }),
            ("Wooden carving with certificate, message now", new { verdict = "reject", policyClause = "not-wildlife" }),
        ];
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        foreach ((string text, object decision) in cases)
        {
            using HttpResponseMessage filed = await anonymous.PostAsJsonAsync("/api/v1/reports",
                new { url = $"https://shop.example/item/{Guid.NewGuid():N}", listingText = text, language = "en" }, cancellationToken);
            filed.EnsureSuccessStatusCode();
            long caseId = (await filed.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("caseId").GetInt64();
            (await admin.PostAsJsonAsync($"/api/v1/reviews/{caseId}/decisions", decision, cancellationToken)).EnsureSuccessStatusCode();
        }
    }
}
