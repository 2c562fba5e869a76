using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Terms;

public sealed class TermPagesTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Term_browser_searches_and_pages_with_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/Terms");

        await page.GetByLabel("Text or id contains").FillAsync("ivory");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/Terms?q=ivory", StringComparison.Ordinal));
        await page.Locator("tbody tr").First.WaitForAsync();
        string[] rows = [.. await page.Locator("tbody tr").AllInnerTextsAsync()];
        AxeResult result = await page.RunAxe(BrowserSignIn.Wcag22AA);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("ivory", row, StringComparison.OrdinalIgnoreCase)); // in the text or the id
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
    }

    [Fact]
    public async Task Curator_proposes_and_approves_a_term_and_its_page_shows_the_history()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/Terms/Propose");
        AxeResult proposeForm = await page.RunAxe(BrowserSignIn.Wcag22AA);

        await page.GetByLabel("Term", new() { Exact = true }).FillAsync("mossquill");
        await page.GetByLabel("Language (BCP 47, e.g. en, zh, vi)").FillAsync("en");
        await page.GetByLabel("Category (e.g. ivory, rhino-horn, pangolin)").FillAsync("ivory");
        await page.GetByLabel("Source").FillAsync("https://example.org/case-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.EndsWith("/Terms/Term?termId=en-mossquill", StringComparison.Ordinal));
        await page.GetByLabel("Comment (kept in the history)").FillAsync("seen twice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire" }).WaitForAsync();
        string history = await page.Locator("table").InnerTextAsync();
        AxeResult termPage = await page.RunAxe(BrowserSignIn.Wcag22AA);

        Assert.Empty(proposeForm.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
        Assert.Contains("Proposed → Approved", history, StringComparison.Ordinal);
        Assert.Contains("seen twice", history, StringComparison.Ordinal);
        Assert.Empty(termPage.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
    }
}
