using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.Tests.Metrics;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Metrics;

public sealed class MetricsPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Analyst_reads_the_known_figures_and_narrows_the_period_with_no_accessibility_violations()
    {
        await KnownHistory.BuildAsync(browser.Hub, key => BrowserSignIn.Client(browser.Hub, key));
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Coalition, HubRole.Analyst);

        await page.GetByRole(AriaRole.Link, new() { Name = "Metrics", Exact = true }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).PathAndQuery == "/Metrics");
        string[] allTime = [await page.Locator("#m-reports").InnerTextAsync(), await page.Locator("#m-accuracy").InnerTextAsync(),
            await page.Locator("#m-decision").InnerTextAsync(), await page.Locator("#m-removal").InnerTextAsync()];
        string boRow = await page.GetByRole(AriaRole.Table, new() { Name = "Accuracy per registered spotter" })
            .GetByRole(AriaRole.Row, new() { Name = KnownHistory.BoName }).InnerTextAsync();
        string marketRow = await page.GetByRole(AriaRole.Table, new() { Name = "What each platform did" })
            .GetByRole(AriaRole.Row, new() { Name = "market.example" }).InnerTextAsync();
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);
        await page.GetByLabel("From (UTC date)").FillAsync("2026-11-02");
        await page.GetByLabel("To (UTC date)").FillAsync("2026-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).PathAndQuery == "/Metrics?from=2026-11-02&to=2026-11-30");
        string november = await page.Locator("#m-reports").InnerTextAsync();
        int weeks = await page.Locator("#metrics-weeks tbody tr").CountAsync();
        IReadOnlyList<string> filteredViolations = await BrowserSignIn.ViolationsAsync(page);

        Assert.Equal(["5", "75.0%", "7.0 h / 20.0 h", "7.0 h / 10.0 h"], allTime);
        Assert.Equal([KnownHistory.BoName, "2", "2", "1", "50.0%"], boRow.Split('\t', StringSplitOptions.TrimEntries));
        Assert.Equal(["market.example", "2", "1", "1", "0", "0", "4.0 h"], marketRow.Split('\t', StringSplitOptions.TrimEntries));
        Assert.Equal("1", november);
        Assert.Equal(5, weeks);
        Assert.Empty(violations.Concat(filteredViolations));
    }
}
