namespace WildTrace.Hub.Reviews;

/// <summary>One report of a case as analysts see it: the listing text split into matched and plain runs.</summary>
internal sealed record ReviewReport(
    long Id, DateTimeOffset ReportedAt, string Url, string Taxon, string Description, IReadOnlyList<EvidenceSegment> ListingText,
    double Score, IReadOnlyList<string> Reasons, IReadOnlyList<long> ScreenshotIds);
