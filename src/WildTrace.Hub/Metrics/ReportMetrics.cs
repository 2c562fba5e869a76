using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Spotters;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Metrics;

/// <summary>
/// Computes <see cref="ReportMetricsResponse"/>. Reads the few columns it needs into memory: the coalition's programmes
/// file tens of thousands of reports a year (domain.md §1.3), so this stays well under a second; a larger hub would
/// keep running totals instead.
/// </summary>
/// <remarks>
/// A period selects reports by when they were filed and cases by when they were first reported; what happened to those
/// cases later (decisions, removals) counts even after the period ends, so a period's figures settle as work finishes
/// instead of mixing one month's reports with another month's decisions.
/// </remarks>
internal static class ReportMetrics
{
    /// <summary>Twelve weeks: a quarter, long enough to see a trend and short enough to read as a table.</summary>
    public const int WeeksShown = 12;

    public static async Task<ReportMetricsResponse> ComputeAsync(
        WildTraceDb db, MetricsPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        List<CaseRow> allCases = await db.ReportCases.AsNoTracking()
            .Select(c => new CaseRow(c.Id, c.Platform, c.Status, c.FirstReportedAt, c.DecidedAt, c.RoutedAt, c.Outcome, c.OutcomeAt))
            .ToListAsync(cancellationToken);
        var allReports = await db.SpotterReports.AsNoTracking()
            .Select(r => new { r.CaseId, r.ReporterUserId, r.ReportedAt }).ToListAsync(cancellationToken);
        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Select(d => new { d.Id, d.CaseId, d.IsAutomatic, d.DecidedAt }).ToListAsync(cancellationToken);

        List<CaseRow> cases = [.. allCases.Where(c => period.Contains(c.FirstReportedAt))];
        var reports = allReports.Where(r => period.Contains(r.ReportedAt)).ToList();
        Dictionary<long, CaseStatus> status = allCases.ToDictionary(c => c.Id, c => c.Status);

        // Accuracy is per report, not per case: a spotter who reports a listing someone else already reported did the
        // same good work, and a listing reported by ten people should weigh ten times in how well reporters judge.
        // Only decided reports count; an open case says nothing yet about the reporter.
        SpotterTally overall = SpotterTally.Of(reports.Select(r => status[r.CaseId]));
        Dictionary<long, string> names = await SpotterNamesAsync(db, reports.Select(r => r.ReporterUserId), cancellationToken);
        List<SpotterAccuracy> spotters = [.. reports.Where(r => r.ReporterUserId is not null).GroupBy(r => r.ReporterUserId!.Value)
            .Select(g =>
            {
                SpotterTally tally = SpotterTally.Of(g.Select(r => status[r.CaseId]));
                return new SpotterAccuracy(g.Key, tally.Reports, tally.Decided, tally.Confirmed, tally.Accuracy, names.GetValueOrDefault(g.Key, ""));
            })
            .OrderBy(s => s.UserId)];

        // Time to decision runs from the first report (when the coalition could have acted) to the first decision.
        DurationSummary toDecision = DurationSummary.From(cases.Where(c => c.DecidedAt is not null)
            .Select(c => c.DecidedAt!.Value - c.FirstReportedAt));

        // Time to removal runs from routing, not from the report: it measures the platform, which cannot act before it
        // is told; the review desk's share is time to decision.
        DurationSummary toRemoval = DurationSummary.From(cases.Select(c => c.TimeToRemoval).OfType<TimeSpan>());

        // Automatic versus by hand is per listing (case), by its first decision: an escalation is a second look at a case
        // already decided, and counting it would make manual review look more needed than it is.
        HashSet<long> cohort = [.. cases.Select(c => c.Id)];
        var firstDecisions = decisions.Where(d => cohort.Contains(d.CaseId)).GroupBy(d => d.CaseId)
            .Select(g => g.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).First()).ToList();
        int automatic = firstDecisions.Count(d => d.IsAutomatic);
        int byHand = firstDecisions.Count - automatic;

        return new ReportMetricsResponse(
            reports.Count,
            cases.Count,
            cases.Count(c => c.Status == CaseStatus.Open),
            cases.Count(c => SpotterTally.IsConfirmed(c.Status)),
            cases.Count(c => c.Status == CaseStatus.Rejected),
            overall.Accuracy,
            toDecision.MedianHours,
            toRemoval.MedianHours,
            cases.Count(c => c.Outcome == MemberOutcome.Removed),
            firstDecisions.Count == 0 ? null : (double)automatic / firstDecisions.Count,
            spotters,
            period.From,
            period.To,
            toDecision,
            toRemoval,
            automatic,
            byHand,
            Platforms(cases),
            Weekly(reports.Select(r => r.ReportedAt), period, now));
    }

    /// <summary>
    /// The last <see cref="WeeksShown"/> ISO weeks up to the period's end (or today), never starting before the period,
    /// each with its count; quiet weeks show 0 so a gap in reporting is visible rather than skipped.
    /// </summary>
    private static List<WeeklyReportCount> Weekly(IEnumerable<DateTimeOffset> reportedAt, MetricsPeriod period, DateTimeOffset now)
    {
        DateOnly lastDay = period.To ?? DateOnly.FromDateTime(now.UtcDateTime);
        DateOnly lastMonday = Monday(lastDay);
        DateOnly firstMonday = lastMonday.AddDays(-7 * (WeeksShown - 1));
        if (period.From is { } from && Monday(from) > firstMonday)
        {
            firstMonday = Monday(from);
        }

        Dictionary<DateOnly, int> counts = reportedAt.GroupBy(at => Monday(DateOnly.FromDateTime(at.UtcDateTime)))
            .ToDictionary(g => g.Key, g => g.Count());
        List<WeeklyReportCount> weeks = [];
        for (DateOnly monday = firstMonday; monday <= lastMonday; monday = monday.AddDays(7))
        {
            DateTime day = monday.ToDateTime(TimeOnly.MinValue);
            string week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
            weeks.Add(new WeeklyReportCount(week, monday, counts.GetValueOrDefault(monday)));
        }

        return weeks;
    }

    private static List<PlatformRemoval> Platforms(IEnumerable<CaseRow> cases) =>
        [.. cases.Where(c => c.RoutedAt is not null).GroupBy(c => c.Platform, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlatformRemoval(g.Key, g.Count(),
                g.Count(c => c.Outcome == MemberOutcome.Removed),
                g.Count(c => c.Outcome == MemberOutcome.NotViolating),
                g.Count(c => c.Outcome == MemberOutcome.AlreadyGone),
                DurationSummary.From(g.Select(c => c.TimeToRemoval).OfType<TimeSpan>()).MedianHours))];

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static async Task<Dictionary<long, string>> SpotterNamesAsync(
        WildTraceDb db, IEnumerable<long?> userIds, CancellationToken cancellationToken)
    {
        long[] ids = [.. userIds.OfType<long>().Distinct()];
        return ids.Length == 0 ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>The columns of a case the figures use.</summary>
    private sealed record CaseRow(
        long Id, string Platform, CaseStatus Status, DateTimeOffset FirstReportedAt, DateTimeOffset? DecidedAt,
        DateTimeOffset? RoutedAt, MemberOutcome? Outcome, DateTimeOffset? OutcomeAt)
    {
        /// <summary>Routing to the platform's "removed", or null for a case that was not removed (yet).</summary>
        public TimeSpan? TimeToRemoval =>
            Outcome == MemberOutcome.Removed && RoutedAt is { } routed && OutcomeAt is { } at ? at - routed : null;
    }
}
