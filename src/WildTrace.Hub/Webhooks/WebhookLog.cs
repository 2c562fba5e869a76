namespace WildTrace.Hub.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId}: {StatusCode}")]
    public static partial void Delivered(ILogger logger, long deliveryId, long endpointId, int statusCode);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning,
        Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} failed (attempt {Attempt}): {Error}")]
    public static partial void Failed(ILogger logger, long deliveryId, long endpointId, int attempt, string error);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Error, Message = "Webhook worker iteration failed")]
    public static partial void IterationFailed(ILogger logger, Exception exception);
}
