using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Accessibility;

/// <summary>WCAG 2.4.1 (bypass blocks) and 2.4.7 (focus visible): what a keyboard user meets first on every page.</summary>
public sealed class KeyboardTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/HashBanks")]
    [InlineData("/Takedowns")]
    public async Task Tab_reaches_the_skip_link_first_then_the_main_nav_with_a_visible_focus_outline(string path)
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        string firstText = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        string firstOutline = await OutlineAsync(page);
        bool isNavReached = false;
        string navOutline = "none";
        for (int i = 0; i < 10 && !isNavReached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            isNavReached = await page.EvaluateAsync<bool>("() => document.activeElement.closest('nav[aria-label=Main]') !== null");
            navOutline = await OutlineAsync(page);
        }

        Assert.Equal("Skip to content", firstText);
        Assert.NotEqual("none", firstOutline);
        Assert.True(isNavReached, "Tab never reached the main navigation.");
        Assert.NotEqual("none", navOutline);
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    private static Task<string> OutlineAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
}
