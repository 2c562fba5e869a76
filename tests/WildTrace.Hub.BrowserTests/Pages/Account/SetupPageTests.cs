using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Account;

/// <summary>Setup works once per hub, so this class has its own hub (fixture) and one test walks the whole flow.</summary>
public sealed class SetupPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Setup_with_the_admin_key_creates_the_first_admin_and_then_closes()
    {
        IPage page = await BrowserSignIn.NewPageAsync(browser);
        await page.GotoAsync("/Account/Setup");
        IEnumerable<string> violations = await BrowserSignIn.ViolationsAsync(page);

        await page.GetByLabel("Admin API key").FillAsync(browser.Hub.AdminKey);
        await page.GetByLabel("Email").FillAsync("admin@example.org");
        await page.GetByLabel("Display name").FillAsync("First Admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long admin passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin user" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/");
        bool membersLink = await page.GetByRole(AriaRole.Link, new() { Name = "Members" }).IsVisibleAsync();
        IPage later = await BrowserSignIn.NewPageAsync(browser);
        await later.GotoAsync("/Account/Setup");

        Assert.Empty(violations);
        Assert.True(membersLink);
        Assert.Contains("The hub is set up", await later.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await later.GetByLabel("Admin API key").CountAsync());
    }
}
