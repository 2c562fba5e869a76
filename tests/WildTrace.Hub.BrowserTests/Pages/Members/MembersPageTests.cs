using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Members;

public sealed class MembersPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Admin_adds_an_organisation_and_creates_a_key_that_is_shown_once()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Coalition, HubRole.CoalitionAdmin);
        await page.GotoAsync("/Members");
        IEnumerable<string> listViolations = await BrowserSignIn.ViolationsAsync(page);
        await page.GetByLabel("Name").FillAsync("Marketplace in the browser");
        await page.GetByLabel("Kind").SelectOptionAsync("Platform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/Members/Organisation/", StringComparison.Ordinal));

        await page.GetByLabel("Key name").FillAsync("moderation pipeline");
        await page.GetByLabel("Key role").SelectOptionAsync("MemberEngineer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("handler=CreateKey", StringComparison.Ordinal));
        string shown = await page.Locator("#created-key-text").InputValueAsync();
        IEnumerable<string> organisationViolations = await BrowserSignIn.ViolationsAsync(page);
        await page.GotoAsync(new Uri(page.Url).AbsolutePath);
        string reloaded = await page.ContentAsync();

        Assert.Empty(listViolations);
        Assert.Empty(organisationViolations);
        Assert.Matches("^wtk_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$", shown);
        Assert.DoesNotContain(shown, reloaded, StringComparison.Ordinal);
        Assert.Contains(shown[4..16], reloaded, StringComparison.Ordinal); // the key id stays listed
        Assert.Contains("moderation pipeline", reloaded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engineer_revokes_a_key_of_their_own_organisation()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Platform, HubRole.MemberEngineer);
        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("/Members/Organisation/", StringComparison.Ordinal));
        await page.GetByLabel("Key name").FillAsync("to revoke");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("handler=CreateKey", StringComparison.Ordinal));
        string keyId = (await page.Locator("#created-key-text").InputValueAsync())[4..16];

        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke key {keyId}" }).ClickAsync();
        await PageUrl.WaitUntilAsync(page, url => url.Contains("handler=RevokeKey", StringComparison.Ordinal));

        Assert.Contains($"Key {keyId} is revoked", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByLabel("User role").CountAsync()); // engineers do not add users
    }
}
