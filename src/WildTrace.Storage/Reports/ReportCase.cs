namespace WildTrace.Storage.Reports;

/// <summary>
/// One suspect listing as the coalition handles it: every <see cref="SpotterReport"/> of the same canonical URL (or a
/// near-identical screenshot) joins it, so analysts review it once and the platform is told once.
/// </summary>
public sealed class ReportCase
{
    public const int MaxUrlLength = 2048;
    public const int MaxShortFieldLength = 64;
    public const int MaxTaxonLength = 100;
    public const int MaxCitesLength = 8;

    public long Id { get; set; }

    /// <summary>The listing URL after per-platform canonicalisation; unique, so it is the duplicate key.</summary>
    public required string CanonicalUrl { get; set; }

    /// <summary>Platform key (lower-case host without <c>www.</c>/<c>m.</c>), the key of <c>PlatformRoute</c>.</summary>
    public required string Platform { get; set; }

    public string Language { get; set; } = "";

    /// <summary>The taxon the reporter picked or the engine matched (species table key); empty when unknown.</summary>
    public string Taxon { get; set; } = "";

    /// <summary>CITES appendix of <see cref="Taxon"/> (<c>I</c>, <c>II</c>, <c>III</c>, <c>I/II</c>, <c>none</c>, or empty).</summary>
    public string Cites { get; set; } = "";

    public CaseStatus Status { get; set; }

    /// <summary>The engine's probability (0..1) for the most telling report of the case.</summary>
    public double Score { get; set; }

    /// <summary>Queue order, highest first: score, CITES appendix and reporter count (ReportTriage explains the formula).</summary>
    public double Priority { get; set; }

    public int ReporterCount { get; set; }

    public DateTimeOffset FirstReportedAt { get; set; }

    public DateTimeOffset LastReportedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The member organisation whose queue holds the case once confirmed (from <c>PlatformRoute</c>).</summary>
    public long? RoutedOrganisationId { get; set; }

    public DateTimeOffset? RoutedAt { get; set; }

    public MemberOutcome? Outcome { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }
}
