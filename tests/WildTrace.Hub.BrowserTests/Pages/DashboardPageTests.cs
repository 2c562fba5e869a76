using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages;

public sealed class DashboardPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Dashboard_renders_with_no_accessibility_violations()
    {
        IPage page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        AxeResult result = await page.RunAxe(BrowserSignIn.Wcag22AA);

        Assert.Equal("Dashboard · WildTrace hub", await page.TitleAsync());
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
    }

    [Fact]
    public async Task Signed_in_dashboard_shows_counts_with_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);

        await page.GotoAsync("/");
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);

        ILocator members = page.GetByRole(AriaRole.Table, new() { Name = "Organisations by kind" });
        Assert.Contains("Coalition\t1", await members.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Takedowns this month", await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Takedowns this month" }).InnerTextAsync());
        Assert.Empty(violations);
    }
}
