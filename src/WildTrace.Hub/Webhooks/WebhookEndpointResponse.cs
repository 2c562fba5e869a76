using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>A webhook endpoint; <see cref="Secret"/> is set only in the answer that created it (or rotated it).</summary>
internal sealed record WebhookEndpointResponse(long Id, string Url, DateTimeOffset CreatedAt, bool IsDisabled, string? Secret)
{
    public static WebhookEndpointResponse From(WebhookEndpoint endpoint, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new WebhookEndpointResponse(endpoint.Id, endpoint.Url, endpoint.CreatedAt, endpoint.DisabledAt is not null, secret);
    }
}
