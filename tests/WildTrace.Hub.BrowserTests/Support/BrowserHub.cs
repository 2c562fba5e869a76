using Microsoft.Playwright;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.BrowserTests.Support;

/// <summary>
/// A real hub on a loopback Kestrel port and a headless Debian Chromium driven by Playwright. Shared by the tests of a
/// class (xunit class fixture); each test opens its own browser context (fresh cookies).
/// </summary>
public sealed class BrowserHub : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is not possible here (no internet).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// How long a page may take to answer before a test fails: a ceiling, not a measurement. CI runs the hub's API and
    /// browser test projects side by side on two cores, where Playwright's 30 s default proved too short.
    /// </summary>
    public const float WaitCeilingMs = 90_000;

    private IPlaywright? _playwright;

    public HubHost Hub { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public IBrowser Browser { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public Uri BaseAddress => Hub.BaseAddress!; // Kestrel hosts always have one

    public async ValueTask InitializeAsync()
    {
        Hub = await HubHost.StartAsync(transport: HubTransport.Kestrel);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: stop Chromium's background calls home, which would only fail.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies) with a page on the hub.</summary>
    public async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(WaitCeilingMs);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }
    }
}
