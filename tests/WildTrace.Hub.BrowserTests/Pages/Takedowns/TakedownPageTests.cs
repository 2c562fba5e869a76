using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Takedowns;

public sealed class TakedownPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Admin_reports_takedowns_and_sees_them_in_the_totals()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/Takedowns");

        await page.GetByLabel("Day (UTC)").FillAsync("2026-10-30");
        await page.GetByLabel("Category").SelectOptionAsync("pangolins");
        await page.GetByLabel("Listings blocked before publication").FillAsync("12");
        await page.GetByLabel("Listings removed").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await page.GetByText("Report saved.").WaitForAsync();
        IReadOnlyList<string> violations = await BrowserSignIn.ViolationsAsync(page);

        ILocator totals = page.GetByRole(AriaRole.Table, new() { Name = "Totals per category" });
        Assert.Contains("pangolins\t12\t3\t0", await totals.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_day_in_the_future_is_refused_with_a_message_next_to_the_field()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/Takedowns");

        await page.GetByLabel("Day (UTC)").FillAsync("2030-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();

        Assert.Equal("The day is in the future.", await page.Locator("#Day-error").InnerTextAsync());
        Assert.Equal("Day-error", await page.GetByLabel("Day (UTC)").GetAttributeAsync("aria-describedby"));
    }
}
