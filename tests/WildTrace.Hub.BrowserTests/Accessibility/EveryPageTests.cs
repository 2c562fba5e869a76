using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.BrowserTests.Accessibility;

/// <summary>
/// Every page of the hub, signed in as a coalition admin, passes axe's WCAG 2.2 AA rules. Pages come from the main
/// navigation and from the app's Razor page routes, so a page a feature adds is covered without touching this test.
/// </summary>
public sealed partial class EveryPageTests(BrowserHub browser) : IClassFixture<BrowserHub>
{
    // Pages that end the session or only redirect: visiting them would sign the test out, or show some other page.
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase) { "/Account/SignOut" };

    [Fact]
    public async Task Every_page_has_no_wcag_22_aa_violations()
    {
        Dictionary<string, string> samples = await SampleRouteValuesAsync();
        IPage page = await BrowserSignIn.AsCoalitionAdminAsync(browser);
        await page.GotoAsync("/");
        string[] fromNav = [.. (await page.Locator("nav[aria-label=Main] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Where(href => href.StartsWith('/'))];
        List<string> unvisited = [];
        SortedSet<string> paths = new(fromNav, StringComparer.OrdinalIgnoreCase);
        foreach (string route in PageRoutes())
        {
            if (TryFill(route, samples, out string path))
            {
                paths.Add(path);
            }
            else
            {
                unvisited.Add(route);
            }
        }

        List<string> violations = [];
        List<string> failed = [];
        foreach (string path in paths.Where(p => !s_skipped.Contains(p)))
        {
            IResponse? response = await page.GotoAsync(path);
            if (response is null || response.Status >= 400)
            {
                failed.Add($"{path} ({response?.Status})"); // an error page would pass axe without testing the page
            }

            violations.AddRange((await BrowserSignIn.ViolationsAsync(page)).Select(v => $"{path} ({response?.Status}): {v}"));
        }

        Assert.Contains("/HashBanks", paths);
        Assert.Empty(unvisited);
        Assert.Empty(failed);
        Assert.Empty(violations);
    }

    /// <summary>Every Razor page's route template ("", "HashBanks/{id:long}"), from the app's own endpoints.</summary>
    private IEnumerable<string> PageRoutes() =>
        browser.Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Puts sample ids into a route; optional parameters are dropped. False when a value is unknown.</summary>
    private static bool TryFill(string route, Dictionary<string, string> samples, out string path)
    {
        bool isKnown = true;
        path = RouteParameter().Replace(route, match =>
        {
            string name = match.Groups["name"].Value;
            // A value for this page's parameter first ("/Reviews/{id:long}#id"), then one for the name anywhere.
            if (samples.TryGetValue(route + "#" + name, out string? value) || samples.TryGetValue(name, out value))
            {
                return value;
            }

            isKnown &= match.Groups["optional"].Success;
            return "";
        }).TrimEnd('/');
        if (path.Length == 0)
        {
            path = "/";
        }

        // Pages that take their subject from the query string ("/Terms/Term?termId=…").
        if (samples.TryGetValue(route + "?", out string? query))
        {
            path += "?" + query;
        }

        return isKnown;
    }

    /// <summary>
    /// Rows that pages with route values show: a hash bank, the coalition organisation, and a spotter report (its case
    /// for the review page, its follow-up token for the status page). A feature that adds such a page adds its row here.
    /// </summary>
    private async Task<Dictionary<string, string>> SampleRouteValuesAsync()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        using HttpClient api = BrowserSignIn.AdminClient(browser);
        using HttpResponseMessage bank = await api.PostAsJsonAsync(
            "/api/v1/hashbanks", new { name = $"sample {Guid.NewGuid():N}" }, cancellationToken);
        bank.EnsureSuccessStatusCode();
        long bankId = (await bank.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(cancellationToken))!["id"]!.GetValue<long>();
        using HttpResponseMessage report = await api.PostAsJsonAsync(
            "/api/v1/reports",
            new { url = $"https://shop.example/listing/{Guid.NewGuid():N}", platform = "example", listingText = "raw ivory bangle, DM for price" },
            cancellationToken);
        report.EnsureSuccessStatusCode();
        System.Text.Json.Nodes.JsonObject receipt = (await report.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(cancellationToken))!;
        string followUp = receipt["followUpUrl"]!.GetValue<string>();
        long organisationId = await api.CoalitionIdAsync();
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["/HashBanks/{id:long}#id"] = Invariant(bankId),
            ["/Reviews/{id:long}#id"] = Invariant(receipt["caseId"]!.GetValue<long>()),
            ["/Members/Organisation/{id:long}#id"] = Invariant(organisationId),
            ["/Report/Status/{token}#token"] = followUp[(followUp.LastIndexOf('/') + 1)..],
            ["/Terms/Term?"] = "termId=en-white-plastic", // a bundled term (data/terms/en.tsv), seeded at start
        };
    }

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<name>[A-Za-z_]+)(:[^}?]*)?(?<optional>\?)?\}")]
    private static partial Regex RouteParameter();
}
