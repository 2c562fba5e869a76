using System.Net;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Metrics;

public sealed class MetricsPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_shows_the_known_historys_figures_formatted()
    {
        await using HubHost hub = await HubHost.StartAsync();
        await KnownHistory.BuildAsync(hub, hub.CreateClient);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        string html = WebUtility.HtmlDecode(await admin.GetStringAsync("/Metrics", Cancel));

        Assert.Contains("<dd id=\"m-reports\">5</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"m-accuracy\">75.0%</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"m-decision\">7.0 h / 20.0 h</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"m-removal\">7.0 h / 10.0 h</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"m-automatic\">0.0% (0 of 4)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">" + KnownHistory.BoName + "</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-W44</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_without_data_shows_dashes_not_zeros()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        string html = WebUtility.HtmlDecode(await admin.GetStringAsync("/Metrics", Cancel));

        Assert.Contains("<dd id=\"m-accuracy\">\u2014</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"m-decision\">\u2014 / \u2014</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_period_is_explained_on_the_page_with_status_400()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await admin.GetAsync("/Metrics?from=2026-11-30&to=2026-11-01", Cancel);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'to' must be on or after 'from'.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"m-reports\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_and_its_nav_link_are_for_coalition_staff_only()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (_, string spotterKey) = await TestMembers.AddAsync(hub, "Spotters", OrganisationKind.Spotters, HubRole.Spotter);
        (_, string memberKey) = await TestMembers.AddAsync(hub, "Platform", OrganisationKind.Platform, HubRole.MemberEngineer);
        string analystKey = await TestMembers.AddKeyAsync(hub, TestMembers.CoalitionId(hub), HubRole.Analyst);

        using HttpResponseMessage anonymous = await hub.CreateClient(apiKey: null).GetAsync("/Metrics", Cancel);
        using HttpResponseMessage spotter = await hub.CreateClient(spotterKey).GetAsync("/Metrics", Cancel);
        using HttpResponseMessage member = await hub.CreateClient(memberKey).GetAsync("/Metrics", Cancel);
        string spotterHome = await hub.CreateClient(spotterKey).GetStringAsync("/", Cancel);
        string analystHome = await hub.CreateClient(analystKey).GetStringAsync("/", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/SignIn", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, spotter.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, member.StatusCode);
        Assert.DoesNotContain("href=\"/Metrics\"", spotterHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/Metrics\"", analystHome, StringComparison.Ordinal);
    }
}
