using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>A member's receiver URL; it must resolve to public addresses.</summary>
internal sealed record WebhookEndpointRequest([property: Required, MaxLength(WebhookEndpoint.MaxUrlLength)] string Url);
