using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Hosting;

/// <summary>Limits on what comes from outside (<c>Hub:Limits</c>). Defaults suit one mid-sized hub; tests lower them.</summary>
internal sealed class HubLimitsOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>Largest request body for ordinary endpoints. A single listing is far smaller.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest request body for batch endpoints (1,000 listings).</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxBatchBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Sustained requests per second allowed per API key or user (token bucket refill).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerSecond { get; set; } = 2000;

    /// <summary>Burst size per API key or user (token bucket capacity).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 4000;

    /// <summary>Requests per minute per IP address for anonymous callers (sign-in, public forms).</summary>
    [Range(1, 1_000_000)]
    public int AnonymousRequestsPerMinute { get; set; } = 120;
}
