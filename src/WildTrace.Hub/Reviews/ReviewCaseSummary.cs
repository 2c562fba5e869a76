using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>One row of the review queue (and of a member's queue): no reporter data, no listing text.</summary>
internal sealed record ReviewCaseSummary(
    long Id, string Url, string Platform, string Language, string Taxon, string Cites, string Status, double Score,
    double Priority, int ReporterCount, DateTimeOffset FirstReportedAt, bool IsOverdue, string? Outcome)
{
    public static ReviewCaseSummary From(ReportCase @case, DateTimeOffset now, TimeSpan target)
    {
        ArgumentNullException.ThrowIfNull(@case);
        TimeSpan age = now - @case.FirstReportedAt;
        return new ReviewCaseSummary(@case.Id, @case.CanonicalUrl, @case.Platform, @case.Language, @case.Taxon, @case.Cites,
            Camel(@case.Status.ToString()), @case.Score, Reports.ReportTriage.WithAge(@case.Priority, age), @case.ReporterCount,
            @case.FirstReportedAt, @case.Status == CaseStatus.Open && age > target,
            @case.Outcome is { } outcome ? Camel(outcome.ToString()) : null);
    }

    internal static string Camel(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
