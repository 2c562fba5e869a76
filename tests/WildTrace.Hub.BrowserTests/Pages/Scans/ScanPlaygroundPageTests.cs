using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Scans;

public sealed class ScanPlaygroundPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Playground_marks_the_matched_words_in_the_listing_with_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/Scans");

        await page.GetByLabel("Title").FillAsync("Carved elephant ivory bangle");
        await page.GetByLabel("Text").FillAsync("Genuine ivory, ships worldwide. 300 USD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Verdict", Exact = false }).WaitForAsync();
        string[] marked = [.. await page.Locator(".listing-title mark").AllInnerTextsAsync()];
        AxeResult result = await page.RunAxe(BrowserSignIn.Wcag22AA);

        Assert.Contains(marked, m => m.Contains("ivory", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Carved elephant ivory bangle", await page.Locator(".listing-title").InnerTextAsync());
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
    }
}
