using System.Net.Http.Headers;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Account;

/// <summary>
/// The one way browser tests sign in: a real user, created through the admin API (the members contract), types an
/// e-mail address and password into /Account/SignIn. No test sends an API key from the browser, so every page is tested
/// with the cookie session people get. Also runs axe with the WCAG 2.2 AA tags the hub targets.
/// </summary>
internal static class BrowserSignIn
{
    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA: the tags the hub's pages must pass.</summary>
    public static AxeRunOptions Wcag22AA => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>A new coalition admin, signed in; the role most page tests need.</summary>
    public static Task<IPage> AsCoalitionAdminAsync(BrowserHub browser) =>
        AsNewUserAsync(browser, OrganisationKind.Coalition, HubRole.CoalitionAdmin);

    /// <summary>Creates a user through the admin API (the CONTRACT) and signs them in; returns the signed-in page.</summary>
    public static Task<IPage> AsNewUserAsync(BrowserHub browser, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return AsNewUserAsync(browser.Browser, browser.Hub, kind, role);
    }

    /// <summary>
    /// The same for a hub a test started itself (one with its own settings): a user with <paramref name="role"/> in a
    /// new organisation of <paramref name="kind"/> (the coalition's own for <see cref="OrganisationKind.Coalition"/>).
    /// </summary>
    public static async Task<IPage> AsNewUserAsync(IBrowser browser, HubHost hub, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(hub);
        using HttpClient admin = AdminClient(hub);
        long organisation = kind == OrganisationKind.Coalition
            ? await admin.CoalitionIdAsync()
            : (await admin.CreateOrganisationAsync($"{kind} {Guid.NewGuid():N}", kind)).Id;
        string email = $"{role}.{Guid.NewGuid():N}@example.org";
        await admin.CreateUserAsync(organisation, email, role);
        IPage page = await NewPageAsync(browser, hub);
        await SignInAsync(page, email, MemberRequests.Password);
        await PageUrl.WaitUntilAsync(page, url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>A fresh page (own context, no cookies) on the fixture's hub, with the shared wait ceiling.</summary>
    public static Task<IPage> NewPageAsync(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return NewPageAsync(browser.Browser, browser.Hub);
    }

    /// <summary>
    /// A fresh page with a longer wait than Playwright's 30 s: each sign-in and user creation runs Argon2id, and test
    /// classes run in parallel, each with its own hub and Chromium, on small shared CI machines.
    /// </summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, HubHost hub)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(hub);
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.BaseAddress!.ToString() }); // Kestrel hosts have one
        context.SetDefaultTimeout(BrowserHub.WaitCeilingMs);
        context.SetDefaultNavigationTimeout(BrowserHub.WaitCeilingMs);
        return await context.NewPageAsync();
    }

    /// <summary>An API client with the first admin key on the hub's real socket (a Kestrel-hosted factory's own clients do not reach it).</summary>
    public static HttpClient AdminClient(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return AdminClient(browser.Hub);
    }

    public static HttpClient AdminClient(HubHost hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return Client(hub, hub.AdminKey);
    }

    /// <summary>A client on the hub's real socket, with <paramref name="apiKey"/> as bearer token unless it is null.</summary>
    public static HttpClient Client(HubHost hub, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(hub);
        HttpClient client = new() { BaseAddress = hub.BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        // The form posts to its own URL, so wait for the POST's answer, not for a URL change.
        Task<IResponse> posted = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await posted;
        // No page.WaitForLoadStateAsync here: on CI it missed a load event and waited 90 s (see Support/PageUrl). Callers
        // wait for what they read next: the address they expect, or the form's error.
    }

    /// <summary>Axe violations on the current page as readable lines, "rule: help (n nodes: first few)"; empty when none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AxeResult result = await page.RunAxe(Wcag22AA);
        return [.. result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html.Length > 100 ? n.Html[..100] : n.Html))})")];
    }
}
