using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.Account;

/// <summary>Signs a person in through the real form, and runs axe with the WCAG 2.2 AA tags the hub targets.</summary>
internal static class BrowserSignIn
{
    /// <summary>Creates a user through the admin API (the CONTRACT) and signs them in; returns the signed-in page.</summary>
    public static async Task<IPage> AsNewUserAsync(BrowserHub browser, OrganisationKind kind, HubRole role)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using HttpClient admin = AdminClient(browser);
        long organisation = kind == OrganisationKind.Coalition
            ? await admin.CoalitionIdAsync()
            : (await admin.CreateOrganisationAsync($"{kind} {Guid.NewGuid():N}", kind)).Id;
        string email = $"{role}.{Guid.NewGuid():N}@example.org";
        await admin.CreateUserAsync(organisation, email, role);
        IPage page = await NewPageAsync(browser);
        await SignInAsync(page, email, MemberRequests.Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    /// <summary>
    /// A fresh page with a longer wait than Playwright's 30 s: each sign-in and user creation runs Argon2id, and test
    /// classes run in parallel, each with its own hub and Chromium, on small shared CI machines.
    /// </summary>
    public static async Task<IPage> NewPageAsync(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        IPage page = await browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }

    /// <summary>An API client on the hub's real socket (a Kestrel-hosted factory's own clients do not reach it).</summary>
    public static HttpClient AdminClient(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        HttpClient client = new() { BaseAddress = browser.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", browser.Hub.AdminKey);
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
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Axe violations on the current page, as readable lines (empty when none).</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})");
    }
}
