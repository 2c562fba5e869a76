using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Reports;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Reads the analysts' queue: open cases, filtered, ordered by priority with age added at read time; or, on request, the
/// cases decided automatically, newest decision first. Scoped.
/// </summary>
internal sealed class ReviewQueue(WildTraceDb db, IOptions<ReportOptions> options, TimeProvider time)
{
    public const int MaxItems = 200; // a workbench page; analysts filter rather than scroll further

    public async Task<IReadOnlyList<ReviewCaseSummary>> ListAsync(ReviewQueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        DateTimeOffset now = time.GetUtcNow();
        IQueryable<ReportCase> query = filter.IsDecidedAutomatically
            ? db.ReportCases.AsNoTracking().Where(c => db.ReviewDecisions.Any(d => d.CaseId == c.Id && d.IsAutomatic))
            : db.ReportCases.AsNoTracking().Where(c => c.Status == CaseStatus.Open);
        if (!string.IsNullOrWhiteSpace(filter.Platform))
        {
            query = query.Where(c => c.Platform == filter.Platform.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            query = query.Where(c => c.Language == filter.Language.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Taxon))
        {
            query = query.Where(c => c.Taxon == filter.Taxon.Trim());
        }

        if (filter.MinScore is double minScore)
        {
            query = query.Where(c => c.Score >= minScore);
        }

        if (filter.MinAgeHours is int hours)
        {
            DateTimeOffset before = now - TimeSpan.FromHours(hours);
            query = query.Where(c => c.FirstReportedAt <= before);
        }

        if (filter.IsDecidedAutomatically)
        {
            List<ReportCase> decided = await query.OrderByDescending(c => c.DecidedAt).ThenByDescending(c => c.Id).Take(MaxItems).ToListAsync(cancellationToken);
            return [.. decided.Select(c => ReviewCaseSummary.From(c, now, options.Value.ReviewTarget))];
        }

        // Age changes every minute, so it is added when the queue is read; the stored priority picks the candidates.
        List<ReportCase> cases = await query.OrderByDescending(c => c.Priority).Take(MaxItems * 5).ToListAsync(cancellationToken);
        return [.. cases.Select(c => ReviewCaseSummary.From(c, now, options.Value.ReviewTarget))
            .OrderByDescending(c => c.Priority).ThenBy(c => c.FirstReportedAt).Take(MaxItems)];
    }
}
