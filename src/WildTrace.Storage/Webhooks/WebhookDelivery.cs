namespace WildTrace.Storage.Webhooks;

/// <summary>
/// One event for one endpoint, kept as the delivery log. The body is thin (ids and statuses, never listing text), so
/// it can be stored and replayed as is; <see cref="MessageId"/> is the <c>webhook-id</c> receivers deduplicate on.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxMessageIdLength = 64;
    public const int MaxEventTypeLength = 64;
    public const int MaxPayloadLength = 20_000; // Standard Webhooks advice: payloads under 20 KB
    public const int MaxErrorLength = 200;

    public long Id { get; set; }

    public long EndpointId { get; set; }

    public WebhookEndpoint? Endpoint { get; set; }

    public required string MessageId { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public WebhookDeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string LastError { get; set; } = "";
}
