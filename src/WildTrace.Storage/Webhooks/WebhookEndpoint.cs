namespace WildTrace.Storage.Webhooks;

/// <summary>
/// Where a member organisation receives signed events. <see cref="Secrets"/> holds one or more <c>whsec_</c> secrets,
/// newest first, separated by spaces: during a key rotation every delivery is signed with each of them.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int MaxUrlLength = 2048;
    public const int MaxSecretsLength = 400;

    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Url { get; set; }

    public required string Secrets { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the receiver answered 410 Gone or an admin disabled it; no deliveries are attempted after.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
