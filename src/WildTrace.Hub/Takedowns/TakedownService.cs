using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Takedowns;

namespace WildTrace.Hub.Takedowns;

/// <summary>
/// Takedown reporting, shared by the API and the page: a member saves what it did per day and category (a second save
/// for the same key replaces the first, so resending a report is harmless), and reads back its own reports; coalition
/// staff read everyone's. Scoped (one per request).
/// </summary>
internal sealed class TakedownService(WildTraceDb db, AuditLog audit, TimeProvider time, ILogger<TakedownService> logger)
{
    /// <summary>More actions than this in one category on one day is a typo, not a report (the largest platforms
    /// report hundreds of thousands of wildlife listings a year: research/domain.md).</summary>
    public const int MaxCount = 10_000_000;

    public const int MaxBatchItems = 1000;

    /// <summary>The longest span one listing covers (a year, for annual reports).</summary>
    public const int MaxRangeDays = 366;

    // Days are UTC dates; UTC+14 is the earliest zone, so a member's "today" can be this far ahead of UTC's.
    private static readonly TimeSpan s_earliestZoneOffset = TimeSpan.FromHours(14);

    private static readonly DateOnly s_firstDay = new(2000, 1, 1);

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<TakedownSaveResult> SaveAsync(HubActor actor, IReadOnlyList<TakedownBatchItem> items, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        Dictionary<(DateOnly Day, string Category), TakedownBatchItem> wanted = [];
        DateOnly latest = DateOnly.FromDateTime((time.GetUtcNow() + s_earliestZoneOffset).UtcDateTime);
        for (int i = 0; i < items.Count; i++)
        {
            TakedownBatchItem item = items[i];
            if (!TryParseDay(item.Day, out DateOnly day) || day < s_firstDay)
            {
                errors[$"reports[{i}].day"] = ["Expected an ISO date (yyyy-MM-dd) from 2000 on."];
            }
            else if (day > latest)
            {
                errors[$"reports[{i}].day"] = ["The day is in the future."];
            }

            if (!TakedownCategories.All.Contains(item.Category))
            {
                errors[$"reports[{i}].category"] = ["Unknown category; see docs/design/hub.md, \"Takedown reporting\", for the list."];
            }

            if (item.ListingsBlocked is < 0 or > MaxCount || item.ListingsRemoved is < 0 or > MaxCount || item.AccountsActioned is < 0 or > MaxCount)
            {
                errors[$"reports[{i}]"] = [$"Counts are whole numbers from 0 to {MaxCount}."];
            }

            wanted[(day, item.Category)] = item; // the last of duplicates wins, as if sent one after another
        }

        if (items.Count > MaxBatchItems)
        {
            errors["reports"] = [$"At most {MaxBatchItems} reports per request."];
        }

        if (errors.Count > 0)
        {
            return new TakedownSaveResult(null, errors);
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        List<DateOnly> days = [.. wanted.Keys.Select(k => k.Day).Distinct()];
        List<TakedownReport> existing = await db.TakedownReports
            .Where(t => t.OrganisationId == actor.OrganisationId && days.Contains(t.Day)).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        foreach (((DateOnly day, string category), TakedownBatchItem item) in wanted)
        {
            TakedownReport? report = existing.Find(t => t.Day == day && string.Equals(t.Category, category, StringComparison.Ordinal));
            if (report is null)
            {
                report = new TakedownReport { OrganisationId = actor.OrganisationId, Day = day, Category = category };
                db.TakedownReports.Add(report);
                created++;
            }
            else if (report.ListingsBlocked == item.ListingsBlocked && report.ListingsRemoved == item.ListingsRemoved
                && report.AccountsActioned == item.AccountsActioned)
            {
                unchanged++;
                continue;
            }
            else
            {
                replaced++;
            }

            report.ListingsBlocked = item.ListingsBlocked;
            report.ListingsRemoved = item.ListingsRemoved;
            report.AccountsActioned = item.AccountsActioned;
            report.ReportedAt = now;
        }

        if (created + replaced > 0)
        {
            write.Record("takedown.report", $"organisation:{actor.OrganisationId}", new { created, replaced });
            await write.CommitAsync(cancellationToken);
        }

        TakedownLog.Reported(logger, actor.Name, actor.OrganisationId, created, replaced, unchanged);
        return new TakedownSaveResult(new TakedownSaveResponse(created, replaced, unchanged), errors);
    }

    /// <summary>Reports from <paramref name="from"/> to <paramref name="to"/>: the caller's organisation's, or for
    /// coalition staff everyone's (optionally one organisation's).</summary>
    public async Task<TakedownListResponse> ListAsync(
        HubActor actor, DateOnly from, DateOnly to, long? organisationId, CancellationToken cancellationToken)
    {
        IQueryable<TakedownReport> reports = db.TakedownReports.AsNoTracking().Where(t => t.Day >= from && t.Day <= to);
        long? only = actor.IsCoalitionStaff ? organisationId : actor.OrganisationId;
        if (only is { } id)
        {
            reports = reports.Where(t => t.OrganisationId == id);
        }

        List<TakedownReport> rows = await reports.OrderByDescending(t => t.Day).ThenBy(t => t.OrganisationId).ThenBy(t => t.Category)
            .ToListAsync(cancellationToken);
        List<TakedownResponse> items = [.. rows.Select(TakedownResponse.From)];
        return new TakedownListResponse(
            Format(from), Format(to), items,
            Totals(items, r => r.Category), Totals(items, r => r.Day), Totals(items, r => r.OrganisationId.ToString(CultureInfo.InvariantCulture)));
    }

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<TakedownTotal> Totals(List<TakedownResponse> reports, Func<TakedownResponse, string> key) =>
        [.. reports.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new TakedownTotal(
            g.Key, g.Sum(r => (long)r.ListingsBlocked), g.Sum(r => (long)r.ListingsRemoved), g.Sum(r => (long)r.AccountsActioned)))];
}
