using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>One entry of the delivery log.</summary>
internal sealed record WebhookDeliveryResponse(
    long Id, long EndpointId, string MessageId, string EventType, string State, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, int? LastStatusCode, string LastError)
{
    public static WebhookDeliveryResponse From(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new WebhookDeliveryResponse(delivery.Id, delivery.EndpointId, delivery.MessageId, delivery.EventType,
            delivery.State.ToString().ToLowerInvariant(), delivery.Attempts, delivery.CreatedAt, delivery.NextAttemptAt,
            delivery.DeliveredAt, delivery.LastStatusCode, delivery.LastError);
    }
}
