using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Scanning;
using WildTrace.Hub.Reports;
using WildTrace.Storage;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Loads a case for review and explains it: each report's text is scanned again (the engine is deterministic and the
/// current terms may know more than they did at filing time) and split at the matched spans, so the page can mark them. Scoped.
/// </summary>
internal sealed class ReviewEvidence(WildTraceDb db, ReportTriage triage, IOptions<ReportOptions> options, TimeProvider time)
{
    public async Task<ReviewCaseResponse?> LoadAsync(long caseId, CancellationToken cancellationToken)
    {
        ReportCase? @case = await db.ReportCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        List<SpotterReport> reports = await db.SpotterReports.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        List<(long Id, long ReportId)> screenshots = [.. (await db.ReportScreenshots.AsNoTracking().Where(s => s.CaseId == caseId)
            .Select(s => new { s.Id, s.ReportId }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.ReportId))];
        List<ReviewDecision> decisions = await db.ReviewDecisions.AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);

        List<ReviewReport> views = [];
        foreach (SpotterReport report in reports)
        {
            ScanResult scan = triage.Scan(report.ListingText, []);
            views.Add(new ReviewReport(report.Id, report.ReportedAt, report.Url, report.Taxon, report.Description,
                Segment(report.ListingText, scan), scan.Score, scan.Reasons,
                [.. screenshots.Where(s => s.ReportId == report.Id).Select(s => s.Id)]));
        }

        ReviewDecision? lastConfirm = decisions.LastOrDefault(d => d.Verdict == ReviewVerdict.Confirm);
        return new ReviewCaseResponse(ReviewCaseSummary.From(@case, time.GetUtcNow(), options.Value.ReviewTarget), views,
            [.. decisions.Select(ReviewDecisionView.From)], @case.Status == CaseStatus.Confirmed,
            @case.Status == CaseStatus.Confirmed && lastConfirm is { IsAutomatic: true });
    }

    /// <summary>Splits <paramref name="text"/> at the matches (leftmost first; overlapping matches are skipped).</summary>
    internal static IReadOnlyList<EvidenceSegment> Segment(string text, ScanResult scan)
    {
        List<EvidenceSegment> segments = [];
        int position = 0;
        foreach (ScanMatch match in scan.Matches.Where(m => m.Field == ListingField.Text).OrderBy(m => m.Span.Start))
        {
            if (match.Span.Start < position || match.Span.End > text.Length)
            {
                continue;
            }

            if (match.Span.Start > position)
            {
                segments.Add(new EvidenceSegment(text[position..match.Span.Start], null, null));
            }

            segments.Add(new EvidenceSegment(text[match.Span.Start..match.Span.End], match.Term.Id, match.Method.ToString()));
            position = match.Span.End;
        }

        if (position < text.Length)
        {
            segments.Add(new EvidenceSegment(text[position..], null, null));
        }

        return segments;
    }
}
