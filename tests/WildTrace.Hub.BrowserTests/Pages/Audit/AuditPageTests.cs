using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Audit;

public sealed class AuditPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Admin_sees_entries_and_verifies_the_chain()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Coalition, HubRole.CoalitionAdmin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/Audit");
        IEnumerable<string> violations = await BrowserSignIn.ViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("handler=Verify", StringComparison.Ordinal));

        Assert.Empty(violations);
        Assert.Contains("The chain is intact", await page.Locator("#verification").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Cell, new() { Name = "user.create" }).First.IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Export as JSON Lines" }).IsVisibleAsync());
    }
}
