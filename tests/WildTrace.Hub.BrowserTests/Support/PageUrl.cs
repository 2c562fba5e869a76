using Microsoft.Playwright;

namespace WildTrace.Hub.BrowserTests.Support;

/// <summary>
/// Waits for the page to be at an address, instead of <c>page.WaitForURLAsync</c>: when the new document had already
/// arrived, that call went on to wait for a load state it had missed, and timed out after 90 s, on CI's busy cores, in
/// four different tests. This polls the address and then waits for the layout's footer, the last element every hub
/// page renders, so what the test reads next is in the new document.
/// </summary>
public static class PageUrl
{
    private static readonly TimeSpan s_ceiling = TimeSpan.FromSeconds(90);

    public static async Task WaitUntilAsync(IPage page, Func<string, bool> isThere)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(isThere);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(s_ceiling);
        while (!isThere(page.Url))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }

        await page.Locator("footer.site-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)s_ceiling.TotalMilliseconds });
    }
}
