using System.Net.Http.Json;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Spotter;

public sealed class SpotterPagesTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Volunteer_joins_reports_a_listing_and_sees_it_received_on_their_page()
    {
        IPage page = await BrowserSignIn.NewPageAsync(browser);
        await page.GotoAsync("/Spotter/Join");
        string[] joinViolations = [.. await BrowserSignIn.ViolationsAsync(page)];
        await page.GetByLabel("Email").FillAsync($"spotter.{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Display name").FillAsync("Browser spotter");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/Spotter");

        await page.GotoAsync("/Report?lang=en");
        await page.GetByLabel("Listing URL").FillAsync($"https://shop.example/listing/{Guid.NewGuid():N}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/Report/Status/", StringComparison.Ordinal));
        await page.GotoAsync("/Spotter?lang=en");
        string[] spotterViolations = [.. await BrowserSignIn.ViolationsAsync(page)];

        ILocator reports = page.GetByRole(AriaRole.Table, new() { Name = "Your reports, newest first" });
        Assert.Empty(joinViolations);
        Assert.Equal("received", await reports.Locator("td[data-state]").GetAttributeAsync("data-state"));
        Assert.Contains("Received: waiting for an analyst.", await reports.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Reports filed: 1. Checked by analysts: 0.", await page.Locator("#accuracy").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(spotterViolations);
    }

    [Fact]
    public async Task Analyst_creates_a_round_and_the_rounds_page_has_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync("/Spotter/Rounds");

        await page.GetByLabel("Name").FillAsync("Pangolin round");
        await page.GetByLabel("Focus (optional)").FillAsync("pangolin scales");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create round" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/Spotter/Rounds?id=", StringComparison.Ordinal));
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);

        ILocator rounds = page.GetByRole(AriaRole.Table, new() { Name = "Rounds, newest first" });
        Assert.Contains("Pangolin round", await rounds.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("No spotter has joined this round yet.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Spotter_joins_an_open_round_from_their_page()
    {
        using HttpClient admin = BrowserSignIn.AdminClient(browser);
        (await admin.PostAsJsonAsync("/api/v1/spotter-rounds", new { name = "Ivory round", startsAt = browser.Hub.Time.GetUtcNow() }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        IPage page = await BrowserSignIn.NewPageAsync(browser);
        await page.GotoAsync("/Spotter/Join");
        await page.GetByLabel("Email").FillAsync($"rounds.{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Display name").FillAsync("Round spotter");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/Spotter");

        await page.GetByRole(AriaRole.Button, new() { Name = "Join Ivory round" }).ClickAsync();
        await page.WaitForSelectorAsync("#spotter-message");
        string[] violations = [.. await BrowserSignIn.ViolationsAsync(page)];

        Assert.Equal("You joined Ivory round.", await page.Locator("#spotter-message").InnerTextAsync());
        Assert.Contains("Ivory round", await page.GetByRole(AriaRole.Table, new() { Name = "Rounds you joined, with your reports filed during each" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }
}
