using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Hub.Webhooks;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.7/hook")]
    [InlineData("http://localhost/hook")]
    public async Task Webhook_url_on_a_private_or_loopback_address_is_refused_in_production_configuration(string url)
    {
        await using HubHost hub = await HubHost.StartAsync();
        (_, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient member = hub.CreateClient(memberKey);

        using HttpResponseMessage response = await member.PostAsJsonAsync("/api/v1/webhooks", new { url }, s_none);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/problems/webhook-url-refused", await response.Content.ReadAsStringAsync(s_none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmed_case_is_delivered_signed_and_retried_after_a_failure()
    {
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        receiver.Answers.Enqueue(503);
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Webhooks:AllowPrivateAddresses"] = "true" });
        (long platformId, string memberKey) = await TestMembers.AddAsync(hub, "Marketplace", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpClient member = hub.CreateClient(memberKey);
        (await admin.PutAsJsonAsync("/api/v1/platform-routes/marketplace.example", new { organisationId = platformId }, s_none)).EnsureSuccessStatusCode();
        using HttpResponseMessage created = await member.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url.ToString() }, s_none);
        WebhookEndpointResponse endpoint = (await created.Content.ReadFromJsonAsync<WebhookEndpointResponse>(s_none))!;
        ReportReceiptResponse receipt = await ReportApiTests.SubmitAsync(hub.CreateClient(apiKey: null), new { url = "https://marketplace.example/item/5" });

        (await admin.PostAsJsonAsync($"/api/v1/reviews/{receipt.CaseId}/decisions", new { verdict = "confirm" }, s_none)).EnsureSuccessStatusCode();
        ReceivedWebhook failed = await receiver.NextAsync(s_wait);
        await WaitForAttemptsAsync(member, 1);
        ReceivedWebhook retried = await AdvanceUntilReceivedAsync(hub, receiver); // the first retry is due 5 s after the failure

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("whsec_", endpoint.Secret, StringComparison.Ordinal);
        Assert.Equal(failed.Id, retried.Id);
        Assert.True(WebhookSignature.Verify(endpoint.Secret!, retried.Id, long.Parse(retried.Timestamp, System.Globalization.CultureInfo.InvariantCulture), retried.Body, retried.Signature));
        using JsonDocument body = JsonDocument.Parse(retried.Body);
        Assert.Equal("case.confirmed", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(receipt.CaseId, body.RootElement.GetProperty("data").GetProperty("caseId").GetInt64());
        WebhookDeliveryResponse delivered = await WaitForAttemptsAsync(member, 2);
        Assert.Equal("delivered", delivered.State);
    }

    // Advances the hub's clock a second at a time, so the retry fires whichever moment the worker starts its wait.
    private static async Task<ReceivedWebhook> AdvanceUntilReceivedAsync(HubHost hub, WebhookReceiver receiver)
    {
        using CancellationTokenSource timeout = new(s_wait);
        ReceivedWebhook? received;
        while (!receiver.TryTake(out received))
        {
            hub.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, timeout.Token);
        }

        return received!; // TryTake returned true
    }

    private static async Task<WebhookDeliveryResponse> WaitForAttemptsAsync(HttpClient member, int attempts)
    {
        // The worker saves the attempt just after the receiver answers; poll the log briefly rather than sleep.
        using CancellationTokenSource timeout = new(s_wait);
        while (true)
        {
            WebhookDeliveryResponse[] log = (await member.GetFromJsonAsync<WebhookDeliveryResponse[]>("/api/v1/webhooks/deliveries", timeout.Token))!;
            if (log.Length == 1 && log[0].Attempts >= attempts && (attempts == 1 || log[0].State != "pending"))
            {
                return log[0];
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
