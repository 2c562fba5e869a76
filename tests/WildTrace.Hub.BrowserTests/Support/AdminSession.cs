using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WildTrace.Hub.BrowserTests.Support;

/// <summary>
/// A browser page signed in as a coalition admin. It follows the members contract (create a user with the admin key,
/// then sign in at /Account/SignIn); on a hub without the members pages yet, it sends the admin API key with every
/// request instead, which the hub's authentication accepts for pages too.
/// </summary>
public static class AdminSession
{
    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA: the tags the hub's pages must pass.</summary>
    public static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task<IPage> NewPageAsync(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using HttpClient api = Api(browser);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        JsonNode me = JsonNode.Parse(await api.GetStringAsync("/api/v1/me", cancellationToken))!;
        string email = $"admin-{Guid.NewGuid():N}@example.org";
        const string Password = "correct horse battery staple 42";
        using HttpResponseMessage created = await api.PostAsJsonAsync("/api/v1/users", new
        {
            organisationId = me["organisationId"]!.GetValue<long>(),
            email,
            displayName = "Test admin",
            role = "coalitionAdmin",
            password = Password,
        }, cancellationToken);

        if (created.StatusCode != HttpStatusCode.Created)
        {
            IBrowserContext keyed = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = browser.BaseAddress.ToString(),
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {browser.Hub.AdminKey}" },
            });
            keyed.SetDefaultTimeout(BrowserHub.WaitCeilingMs);
            return await keyed.NewPageAsync();
        }

        IPage page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    /// <summary>An HTTP client for the hub's API with the first admin key.</summary>
    public static HttpClient Api(BrowserHub browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        HttpClient client = new() { BaseAddress = browser.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", browser.Hub.AdminKey);
        return client;
    }

    /// <summary>Runs axe with <see cref="Wcag22AA"/> and lists each violation as "rule: help (n nodes: selectors)".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AxeResult result = await page.RunAxe(Wcag22AA);
        return [.. result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html.Length > 100 ? n.Html[..100] : n.Html))})")];
    }
}
