namespace WildTrace.Storage.Webhooks;

/// <summary>Where one delivery is: waiting for its next attempt, delivered (2xx), or given up.</summary>
public enum WebhookDeliveryState
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
