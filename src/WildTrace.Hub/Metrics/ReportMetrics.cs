using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Metrics;

/// <summary>
/// Computes <see cref="ReportMetricsResponse"/>. Reads the few columns it needs into memory: the coalition's programmes
/// file tens of thousands of reports a year (domain.md §1.3), so this stays well under a second; a larger hub would
/// keep running totals instead.
/// </summary>
internal static class ReportMetrics
{
    public static async Task<ReportMetricsResponse> ComputeAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cases = await db.ReportCases.AsNoTracking()
            .Select(c => new { c.Id, c.Status, c.FirstReportedAt, c.DecidedAt, c.RoutedAt, c.Outcome, c.OutcomeAt })
            .ToListAsync(cancellationToken);
        var reports = await db.SpotterReports.AsNoTracking().Select(r => new { r.CaseId, r.ReporterUserId }).ToListAsync(cancellationToken);
        int decisions = await db.ReviewDecisions.CountAsync(cancellationToken);
        int automatic = await db.ReviewDecisions.CountAsync(d => d.IsAutomatic, cancellationToken);

        Dictionary<long, CaseStatus> status = cases.ToDictionary(c => c.Id, c => c.Status);
        bool IsDecided(long caseId) => status[caseId] != CaseStatus.Open;
        bool IsConfirmed(long caseId) => status[caseId] is CaseStatus.Confirmed or CaseStatus.Escalated;

        int decidedReports = reports.Count(r => IsDecided(r.CaseId));
        List<SpotterAccuracy> spotters = [.. reports.Where(r => r.ReporterUserId is not null).GroupBy(r => r.ReporterUserId!.Value)
            .Select(g =>
            {
                int decided = g.Count(r => IsDecided(r.CaseId));
                int confirmed = g.Count(r => IsConfirmed(r.CaseId));
                return new SpotterAccuracy(g.Key, g.Count(), decided, confirmed, decided == 0 ? null : (double)confirmed / decided);
            })
            .OrderBy(s => s.UserId)];

        return new ReportMetricsResponse(
            reports.Count,
            cases.Count,
            cases.Count(c => c.Status == CaseStatus.Open),
            cases.Count(c => IsConfirmed(c.Id)),
            cases.Count(c => c.Status == CaseStatus.Rejected),
            decidedReports == 0 ? null : (double)reports.Count(r => IsConfirmed(r.CaseId)) / decidedReports,
            Median(cases.Where(c => c.DecidedAt is not null).Select(c => (c.DecidedAt!.Value - c.FirstReportedAt).TotalHours)),
            Median(cases.Where(c => c.Outcome == MemberOutcome.Removed && c.RoutedAt is not null && c.OutcomeAt is not null)
                .Select(c => (c.OutcomeAt!.Value - c.RoutedAt!.Value).TotalHours)),
            cases.Count(c => c.Outcome == MemberOutcome.Removed),
            decisions == 0 ? null : (double)automatic / decisions,
            spotters);
    }

    private static double? Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length == 0 ? null
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
