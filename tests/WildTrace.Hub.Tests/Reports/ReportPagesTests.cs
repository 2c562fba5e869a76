using System.Net;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Reports;

public sealed class ReportPagesTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.5", "举报野生动物售卖信息")]
    [InlineData("fr-FR", "Signaler une annonce d'espèces sauvages")]
    [InlineData("es", "Denunciar un anuncio de fauna silvestre")]
    [InlineData("de-DE", "Report a wildlife listing")]
    public async Task Report_form_follows_accept_language(string acceptLanguage, string heading)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        string html = await client.GetStringAsync("/Report", s_none);

        Assert.Contains(heading, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_pages_are_for_analysts_only()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (_, string spotterKey) = await TestMembers.AddAsync(hub, "Spotters", OrganisationKind.Spotters, HubRole.Spotter);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        using HttpClient spotter = hub.CreateClient(spotterKey);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage anonymousResponse = await anonymous.GetAsync("/Reviews", s_none);
        using HttpResponseMessage spotterResponse = await spotter.GetAsync("/Reviews", s_none);
        using HttpResponseMessage adminResponse = await admin.GetAsync("/Reviews", s_none);

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.Contains("/Account/SignIn", anonymousResponse.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, spotterResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_issue_7_endpoints()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        string document = await client.GetStringAsync("/openapi/v1.json", s_none);

        Assert.Contains("\"/api/v1/reports\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/reviews/{id}/decisions\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/member-queue/{id}/outcome\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/webhooks/deliveries/{id}/replay\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/metrics/reports\"", document, StringComparison.Ordinal);
    }
}
