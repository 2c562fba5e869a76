using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WildTrace.Hub.BrowserTests.Pages.Account;
using WildTrace.Hub.BrowserTests.Support;
using WildTrace.Hub.Reviews;
using WildTrace.Hub.Tests.Support;
using WildTrace.Hub.Webhooks;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.BrowserTests.Pages.EndToEnd;

/// <summary>
/// Issue #7's whole loop in Chromium: a spotter reports a listing, an analyst signs in with e-mail and password and
/// confirms it in the workbench by keyboard, the platform's webhook receiver gets a correctly signed delivery, the
/// platform reports the removal through the API, and the spotter's follow-up page says the listing was removed.
/// </summary>
public sealed class SpotterToRemovalTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Spotter_report_is_confirmed_delivered_signed_removed_and_shown_to_the_spotter()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        await using HubHost hub = await HubHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Hub:Webhooks:AllowPrivateAddresses"] = "true",
                ["Hub:Reports:Automatic:IsEnabled"] = "false", // the analyst confirms by keyboard here; AutomaticDecisionTests covers triage's own
            },
            transport: HubTransport.Kestrel);
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Example Marketplace", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient admin = BrowserSignIn.AdminClient(hub);
        using HttpClient member = BrowserSignIn.Client(hub, memberKey);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, cancellationToken)).EnsureSuccessStatusCode();
        using HttpResponseMessage registered = await member.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url.ToString() }, cancellationToken);
        string secret = (await registered.Content.ReadFromJsonAsync<WebhookEndpointResponse>(cancellationToken))!.Secret!;
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserHub.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });

        // The spotter, anonymous, on a phone-sized screen.
        IBrowserContext spotterContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = hub.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        spotterContext.SetDefaultTimeout(60_000);
        IPage spotter = await spotterContext.NewPageAsync();
        await spotter.GotoAsync("/Report?lang=en");
        AxeResult formAxe = await spotter.RunAxe(BrowserSignIn.Wcag22AA);
        await spotter.GetByLabel("Listing URL").FillAsync("https://m.marketplace.example/listing/4711?utm_source=app");
        await spotter.GetByLabel("Listing text (optional)").FillAsync("Genuine rhino horn, 2 pieces for sale. WhatsApp me");
        await spotter.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await PageUrl.WaitUntilAsync(spotter, url => url.Contains("/Report/Status/", StringComparison.Ordinal));
        string statusUrl = spotter.Url;
        string? stateAfterFiling = await spotter.Locator("#report-state").GetAttributeAsync("data-state");

        // The analyst, a coalition user created by the admin, signs in with e-mail and password; in the workbench j focuses
        // the first case, Enter opens it, c confirms it.
        IPage analyst = await BrowserSignIn.AsNewUserAsync(browser, hub, OrganisationKind.Coalition, HubRole.Analyst);
        await analyst.GotoAsync("/Reviews");
        AxeResult queueAxe = await analyst.RunAxe(BrowserSignIn.Wcag22AA);
        int queued = await analyst.Locator("a.case-link").CountAsync();
        Assert.True(queued == 1, "the queue shows the new case: " + await analyst.ContentAsync());
        await analyst.Keyboard.PressAsync("j");
        string? focused = await analyst.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.textContent");
        Assert.True(focused?.StartsWith("Case ", StringComparison.Ordinal) == true, "j focuses the first case, not: " + focused);
        await analyst.Keyboard.PressAsync("Enter");
        await PageUrl.WaitUntilAsync(analyst, url => new Uri(url).AbsolutePath.StartsWith("/Reviews/", StringComparison.Ordinal));
        AxeResult caseAxe = await analyst.RunAxe(BrowserSignIn.Wcag22AA);
        int marked = await analyst.Locator("blockquote.evidence mark").CountAsync();
        IResponse decision = await analyst.RunAndWaitForResponseAsync(
            () => analyst.Keyboard.PressAsync("c"), r => r.Request.Method == "POST");
        Assert.Equal(302, decision.Status); // the confirmation redirects back to the case
        await analyst.Locator("#case-status", new() { HasText = "confirmed" }).WaitForAsync();

        // The platform: a signed delivery arrives; it removes the listing and says so.
        ReceivedWebhook delivery = await receiver.NextAsync(s_wait);
        bool isSigned = WebhookSignature.Verify(secret, delivery.Id, long.Parse(delivery.Timestamp, CultureInfo.InvariantCulture), delivery.Body, delivery.Signature);
        using JsonDocument payload = JsonDocument.Parse(delivery.Body);
        long caseId = payload.RootElement.GetProperty("data").GetProperty("caseId").GetInt64();
        ReviewCaseResponse? decided = await admin.GetFromJsonAsync<ReviewCaseResponse>($"/api/v1/reviews/{caseId}", cancellationToken);
        using HttpResponseMessage outcome = await member.PostAsJsonAsync($"/api/v1/member-queue/{caseId}/outcome", new { outcome = "removed" }, cancellationToken);

        // The spotter looks again.
        await spotter.GotoAsync(statusUrl);
        AxeResult statusAxe = await spotter.RunAxe(BrowserSignIn.Wcag22AA);

        Assert.Equal("received", stateAfterFiling);
        Assert.StartsWith("user:", Assert.Single(decided!.Decisions).Reviewer, StringComparison.Ordinal); // the analyst's own session, not a key
        Assert.True(marked > 0, "the workbench marks the engine's matches");
        Assert.True(isSigned, "the delivery verifies with the endpoint's secret");
        Assert.Equal("https://marketplace.example/listing/4711", payload.RootElement.GetProperty("data").GetProperty("url").GetString());
        Assert.True(outcome.IsSuccessStatusCode);
        Assert.Equal("removed", await spotter.Locator("#report-state").GetAttributeAsync("data-state"));
        Assert.Equal("Removed by the platform.", await spotter.Locator("#report-state").InnerTextAsync());
        Assert.Empty(Violations(formAxe).Concat(Violations(queueAxe)).Concat(Violations(caseAxe)).Concat(Violations(statusAxe)));
    }

    private static IEnumerable<string> Violations(AxeResult result) => result.Violations.Select(v => $"{result.Url} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)");
}
