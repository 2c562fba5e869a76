using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Terms;

/// <summary>Term curation and publishing (<c>Hub:Terms</c>).</summary>
internal sealed class TermsOptions
{
    public const string Section = "Hub:Terms";

    /// <summary>
    /// The hub's private pack signing key (PKCS#8 PEM), created on first use. Kept outside the database on purpose: a
    /// database dump or backup must not be enough to sign packs that members trust. Relative paths are from the working directory.
    /// </summary>
    [Required]
    public string SigningKeyPath { get; set; } = "wildtrace-hub-signing-key.pem";

    /// <summary>How often the worker looks for a new term revision. The brief: approved terms reach scans within 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest page of the term list and the changes feed.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 500;
}
