using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Account;

public sealed class SignInPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Sign_in_page_has_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.NewPageAsync(browser);

        await page.GotoAsync("/Account/SignIn");

        Assert.Equal("Sign in · WildTrace hub", await page.TitleAsync());
        Assert.Empty(await BrowserSignIn.ViolationsAsync(page));
    }

    [Fact]
    public async Task Signing_in_lands_on_the_dashboard_with_a_sign_out_button()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Platform, HubRole.MemberReviewer);

        string path = new Uri(page.Url).AbsolutePath;
        bool signOut = await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync();

        Assert.Equal("/", path);
        Assert.True(signOut);
    }

    [Fact]
    public async Task Wrong_password_shows_the_generic_error_with_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.NewPageAsync(browser);

        await BrowserSignIn.SignInAsync(page, "nobody@example.org", "wrong password 123");

        Assert.Contains("not right", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserSignIn.ViolationsAsync(page));
    }

    [Fact]
    public async Task Signing_out_with_the_nav_button_ends_the_session()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Platform, HubRole.MemberReviewer);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        Exception? signInLink = await Record.ExceptionAsync(() => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).WaitForAsync());

        Assert.Null(signInLink);
    }

    [Fact]
    public async Task Denied_page_has_no_accessibility_violations()
    {
        IPage page = await BrowserSignIn.AsNewUserAsync(browser, OrganisationKind.Platform, HubRole.MemberReviewer);

        await page.GotoAsync("/Audit");

        Assert.Equal("/Account/Denied", new Uri(page.Url).AbsolutePath);
        Assert.Empty(await BrowserSignIn.ViolationsAsync(page));
    }
}
