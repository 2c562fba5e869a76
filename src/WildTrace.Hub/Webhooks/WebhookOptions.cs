using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Webhooks;

/// <summary>Outbound webhook settings (<c>Hub:Webhooks</c>).</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Hub:Webhooks";

    /// <summary>
    /// Lets webhook URLs resolve to loopback, private, link-local and unique-local addresses. Off in production: on, anyone
    /// who may register a webhook could make the hub call its own admin ports or the cloud metadata service. Tests turn it
    /// on for a receiver on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How often the worker looks for due retries when nothing new was queued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a receiver may take to answer; Standard Webhooks suggests 15–30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
