using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Spotters;

namespace WildTrace.Hub.Spotters;

/// <summary>A signed-in spotter's own record: tallies overall and per joined round, and their reports with statuses. Scoped.</summary>
internal sealed class SpotterProgress(WildTraceDb db, TimeProvider time)
{
    /// <summary>The spotter's record; null when the user does not exist (deleted between sign-in and now).</summary>
    public async Task<SpotterMeResponse?> FindAsync(long userId, CancellationToken cancellationToken)
    {
        string? displayName = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        if (displayName is null)
        {
            return null;
        }

        // A volunteer files tens of reports a week (domain.md §1.3): all of them fit in memory, and every round's tally
        // is a filter over this one list instead of a query per round.
        var reports = await db.SpotterReports.AsNoTracking().Where(r => r.ReporterUserId == userId)
            .Select(r => new { r.ReportedAt, r.Case!.Status }).ToListAsync(cancellationToken);
        List<SpotterRoundMember> joined = await db.SpotterRoundMembers.AsNoTracking().Include(m => m.Round)
            .Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        long[] roundIds = [.. joined.Select(m => m.RoundId)];
        Dictionary<long, int> counts = await db.SpotterRoundMembers.AsNoTracking().Where(m => roundIds.Contains(m.RoundId))
            .GroupBy(m => m.RoundId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        List<SpotterRoundTallyResponse> rounds = [.. joined.OrderByDescending(m => m.Round!.StartsAt).Select(m =>
        {
            SpotterRound round = m.Round!; // included above
            return new SpotterRoundTallyResponse(
                SpotterRoundResponse.From(round, now, counts.GetValueOrDefault(round.Id), isMember: true),
                m.JoinedAt,
                SpotterTally.Of(reports.Where(r => r.ReportedAt >= round.StartsAt && r.ReportedAt < round.EndsAt).Select(r => r.Status)));
        })];
        return new SpotterMeResponse(userId, displayName, SpotterTally.Of(reports.Select(r => r.Status)), rounds);
    }

    /// <summary>
    /// The spotter's reports, newest first, keyset-paged by id (<paramref name="before"/>): ids grow with filing time,
    /// because reports are written one at a time under the audit lock.
    /// </summary>
    public async Task<KeysetPage<SpotterReportResponse>> ReportsAsync(long userId, long? before, int limit, CancellationToken cancellationToken)
    {
        IQueryable<SpotterReport> query = db.SpotterReports.AsNoTracking().Include(r => r.Case).Where(r => r.ReporterUserId == userId);
        if (before is { } cursor)
        {
            query = query.Where(r => r.Id < cursor);
        }

        List<SpotterReport> rows = await query.OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return KeysetPage<SpotterReportResponse>.From([.. rows.Select(r => SpotterReportResponse.From(r, r.Case!))], limit, r => r.Id);
    }
}
