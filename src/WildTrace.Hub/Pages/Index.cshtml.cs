using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Pages;

/// <summary>
/// The dashboard for signed-in callers (members by kind, terms by state, the banks and hashes the caller may use,
/// takedowns reported this month); a public landing for everyone else. Counts only: no names, no listing text.
/// </summary>
internal sealed class IndexModel(WildTraceDb db, TimeProvider time) : PageModel
{
    public bool IsSignedIn { get; private set; }

    public IReadOnlyList<(OrganisationKind Kind, int Count)> MembersByKind { get; private set; } = [];

    public IReadOnlyList<(TermState State, int Count)> TermsByState { get; private set; } = [];

    public int BankCount { get; private set; }

    public int HashCount { get; private set; }

    /// <summary>The first day of the current month (UTC), for the takedown totals.</summary>
    public DateOnly MonthStart { get; private set; }

    public long ListingsTakenDown { get; private set; }

    public long AccountsActioned { get; private set; }

    /// <summary>Whether the takedown totals cover every member (coalition staff) or the caller's organisation.</summary>
    public bool IsCoalitionWide { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(User, out HubActor actor))
        {
            return;
        }

        IsSignedIn = true;
        IsCoalitionWide = actor.IsCoalitionStaff;
        Dictionary<OrganisationKind, int> members = await db.Organisations.AsNoTracking().GroupBy(o => o.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        MembersByKind = [.. Enum.GetValues<OrganisationKind>().Select(k => (k, members.GetValueOrDefault(k)))];
        Dictionary<TermState, int> terms = await db.Terms.AsNoTracking().GroupBy(t => t.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        TermsByState = [.. Enum.GetValues<TermState>().Select(s => (s, terms.GetValueOrDefault(s)))];

        IQueryable<long> banks = db.HashBanks.AsNoTracking()
            .Where(b => b.IsShared || b.OwnerOrganisationId == actor.OrganisationId).Select(b => b.Id);
        BankCount = await banks.CountAsync(cancellationToken);
        HashCount = await db.BankedHashes.AsNoTracking()
            .CountAsync(h => h.RemovedAt == null && banks.Contains(h.BankId), cancellationToken);

        DateOnly today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        MonthStart = new DateOnly(today.Year, today.Month, 1);
        DateOnly monthStart = MonthStart;
        var month = await db.TakedownReports.AsNoTracking()
            .Where(t => t.Day >= monthStart && (IsCoalitionWide || t.OrganisationId == actor.OrganisationId))
            .Select(t => new { Listings = t.ListingsBlocked + t.ListingsRemoved, t.AccountsActioned })
            .ToListAsync(cancellationToken);
        ListingsTakenDown = month.Sum(t => (long)t.Listings);
        AccountsActioned = month.Sum(t => (long)t.AccountsActioned);
    }
}
