using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Storage;
using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// Sends due webhook deliveries, signed per Standard Webhooks, and schedules retries (<see cref="WebhookSchedule"/>).
/// A 2xx answer delivers; 410 Gone disables the endpoint; anything else, or no answer, is retried. Redirects are not
/// followed (a redirect could point anywhere, past the address check).
/// </summary>
internal sealed class WebhooksWorker(
    IServiceScopeFactory scopes, IHttpClientFactory clients, WebhookSignal signal, IOptions<WebhookOptions> options,
    TimeProvider time, ILogger<WebhooksWorker> logger) : BackgroundService
{
    public const string ClientName = "webhooks";
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int tried;
                do
                {
                    tried = await DeliverDueAsync(stoppingToken);
                }
                while (tried == BatchSize);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                WebhookLog.IterationFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One pass: sends every delivery that is due now; returns how many it tried.</summary>
    internal async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        DateTimeOffset now = time.GetUtcNow();
        List<WebhookDelivery> due = await db.WebhookDeliveries.Include(d => d.Endpoint)
            .Where(d => d.State == WebhookDeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (WebhookDelivery delivery in due)
        {
            await AttemptAsync(delivery, cancellationToken);

            // Saved per delivery, so a crash mid-batch re-sends at most one message (receivers dedupe on webhook-id).
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task AttemptAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        WebhookEndpoint endpoint = delivery.Endpoint!; // Include above; the foreign key is required
        if (endpoint.DisabledAt is not null)
        {
            delivery.State = WebhookDeliveryState.Failed;
            delivery.NextAttemptAt = null;
            delivery.LastError = "The endpoint is disabled.";
            return;
        }

        delivery.Attempts++;
        long timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using HttpRequestMessage request = new(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature",
            WebhookSignature.Sign(endpoint.Secrets.Split(' ', StringSplitOptions.RemoveEmptyEntries), delivery.MessageId, timestamp, delivery.Payload));

        int? status = null;
        string error;
        try
        {
            using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            using HttpResponseMessage response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? "" : $"HTTP {status}";
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = exception is OperationCanceledException ? "Timed out." : exception.Message;
        }

        delivery.LastStatusCode = status;
        delivery.LastError = error.Length > WebhookDelivery.MaxErrorLength ? error[..WebhookDelivery.MaxErrorLength] : error;
        if (status is >= 200 and < 300)
        {
            delivery.State = WebhookDeliveryState.Delivered;
            delivery.DeliveredAt = time.GetUtcNow();
            delivery.NextAttemptAt = null;
            WebhookLog.Delivered(logger, delivery.Id, endpoint.Id, status.Value);
            return;
        }

        WebhookLog.Failed(logger, delivery.Id, endpoint.Id, delivery.Attempts, delivery.LastError);
        if (status == StatusCodes.Status410Gone)
        {
            endpoint.DisabledAt = time.GetUtcNow();
        }

        TimeSpan? wait = status == StatusCodes.Status410Gone ? null : WebhookSchedule.DelayAfter(delivery.Attempts);
        delivery.State = wait is null ? WebhookDeliveryState.Failed : WebhookDeliveryState.Pending;
        delivery.NextAttemptAt = wait is null ? null : time.GetUtcNow() + wait.Value;
    }
}
