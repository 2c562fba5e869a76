using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Scans;

/// <summary>Limits on scan requests (<c>Hub:Scans</c>), on top of the body-size limits in <c>Hub:Limits</c>.</summary>
internal sealed class ScanLimitsOptions
{
    public const string Section = "Hub:Scans";

    /// <summary>Listings per batch request. 1,000 keeps one batch well under a second of matching (docs/design/hub.md).</summary>
    [Range(1, 100_000)]
    public int MaxBatchItems { get; set; } = 1000;

    /// <summary>UTF-16 units in a title; real titles are a line, marketplaces cap them near 200.</summary>
    [Range(1, 1_000_000)]
    public int MaxTitleLength { get; set; } = 1000;

    /// <summary>UTF-16 units in a listing's text; real descriptions stay far below, and matching time grows with it.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextLength { get; set; } = 50_000;
}
