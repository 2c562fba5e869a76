using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Idempotency;

/// <summary>How long stored answers to <c>Idempotency-Key</c> writes are kept (<c>Hub:Idempotency</c>).</summary>
internal sealed class IdempotencyOptions
{
    public const string Section = "Hub:Idempotency";

    /// <summary>24 h, as the IETF draft and Stripe suggest: long enough for any client's retry policy.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired records are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
