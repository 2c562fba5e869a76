using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// Queues events for an organisation's webhooks inside the caller's transaction (an outbox: the event exists exactly
/// when the change that caused it commits), and wakes the worker after the commit. Scoped.
/// </summary>
internal sealed class WebhookOutbox(WildTraceDb db, WebhookSignal signal, TimeProvider time)
{
    /// <summary>Adds one delivery per live endpoint of <paramref name="organisationId"/>; returns how many.</summary>
    public async Task<int> EnqueueAsync(long organisationId, string eventType, object data, CancellationToken cancellationToken)
    {
        List<long> endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.DisabledAt == null).Select(e => e.Id).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        foreach (long endpointId in endpoints)
        {
            string messageId = "msg_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

            // Standard Webhooks envelope, thin: ids and states only, never listing text or reporter data.
            string payload = JsonSerializer.Serialize(new { type = eventType, timestamp = now, data }, JsonSerializerOptions.Web);
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                EndpointId = endpointId,
                MessageId = messageId,
                EventType = eventType,
                Payload = payload,
                State = WebhookDeliveryState.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        return endpoints.Count;
    }

    /// <summary>Wakes the worker; call after the transaction that queued deliveries has committed.</summary>
    public void Notify() => signal.Notify();
}
