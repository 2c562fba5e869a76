using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.HashBanks;

namespace WildTrace.Hub.BrowserTests.Pages.HashBanks;

public sealed class HashBankPagesTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    private const string Banked = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task Admin_creates_a_bank_adds_a_hash_and_matches_it_from_the_pages()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/HashBanks");
        await page.GetByLabel("Name").FillAsync("Seized pangolin scales");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create bank" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/HashBanks/", StringComparison.Ordinal));

        await page.GetByLabel("Hashes, one per line").FillAsync($"{Banked} scales in a bag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hashes" }).ClickAsync();
        await page.GetByText("1 added, 0 updated").WaitForAsync();
        await WaitForIndexAsync();
        await page.GetByLabel("PDQ hash (64 hexadecimal digits)").FillAsync(Banked);
        await page.GetByRole(AriaRole.Button, new() { Name = "Match" }).ClickAsync();
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);

        ILocator matches = page.GetByRole(AriaRole.Table, new() { Name = "Matches for" });
        Assert.Contains("scales in a bag", await matches.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Seized pangolin scales", await matches.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Bank_list_has_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);

        await page.GotoAsync("/HashBanks");
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);

        Assert.Equal("Hash banks · WildTrace hub", await page.TitleAsync());
        Assert.Empty(violations);
    }

    private async Task WaitForIndexAsync()
    {
        using HttpClient api = BrowserSignIn.AdminClient(browser);
        HashChangesResponse? feed = await api.GetFromJsonAsync<HashChangesResponse>(
            "/api/v1/hashes/changes", System.Text.Json.JsonSerializerOptions.Web, TestContext.Current.CancellationToken);
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10)); // the bound for a change to reach the matcher
        await browser.Hub.Services.GetRequiredService<HashBankIndex>().WaitForRevisionAsync(feed!.Revision, limit.Token);
    }
}
