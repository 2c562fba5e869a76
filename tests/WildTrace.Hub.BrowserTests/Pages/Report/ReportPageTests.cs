using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Support;

namespace WildTrace.Hub.BrowserTests.Pages.Report;

public sealed class ReportPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    [Theory]
    [InlineData("vi", "Báo cáo tin đăng động vật hoang dã")]
    [InlineData("zh", "举报野生动物售卖信息")]
    [InlineData("id", "Laporkan iklan satwa liar")]
    public async Task Report_form_renders_in_the_chosen_language_with_no_accessibility_violations(string language, string heading)
    {
        IPage page = await browser.NewPageAsync();

        await page.GotoAsync("/Report?lang=" + language);
        AxeResult result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
    }

    [Fact]
    public async Task Malformed_url_shows_the_reason_next_to_the_form()
    {
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync("/Report?lang=en");

        // type=url would stop the browser from sending this; the server must explain too, for old browsers and scripts.
        await page.EvalOnSelectorAsync("#url", "e => e.type = 'text'");
        await page.GetByLabel("Listing URL").FillAsync("ftp://shop.example/x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();

        Assert.Contains("web address", await page.Locator("#report-error").InnerTextAsync(), StringComparison.Ordinal);
    }
}
