namespace WildTrace.Storage.Reports;

/// <summary>
/// One report as a spotter filed it. Personal data is limited to the optional contact; the follow-up token is kept
/// only as SHA-256, so the database alone cannot open anyone's status page.
/// </summary>
public sealed class SpotterReport
{
    public const int MaxListingTextLength = 8000;
    public const int MaxDescriptionLength = 2000;
    public const int MaxContactLength = 320;
    public const int TokenHashLength = 32;

    public long Id { get; set; }

    public long CaseId { get; set; }

    public ReportCase? Case { get; set; }

    /// <summary>The URL as the reporter gave it (the case holds the canonical form).</summary>
    public required string Url { get; set; }

    public required string Platform { get; set; }

    public string Language { get; set; } = "";

    /// <summary>The species or product picked from the bundled pack's species table; empty when "other".</summary>
    public string Taxon { get; set; } = "";

    /// <summary>What the reporter saw, in their own words.</summary>
    public string Description { get; set; } = "";

    /// <summary>The listing's text when the reporter could copy it; this is what triage scans.</summary>
    public string ListingText { get; set; } = "";

    public string Contact { get; set; } = "";

    public required byte[] FollowUpTokenHash { get; set; }

    /// <summary>The signed-in spotter, or null for an anonymous report.</summary>
    public long? ReporterUserId { get; set; }

    public double Score { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
}
