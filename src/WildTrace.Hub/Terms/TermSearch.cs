using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// Term search for the API and the pages: members see approved and retired terms plus their own organisation's
/// proposals; coalition staff see everything. Keyset pages in id order.
/// </summary>
internal sealed record TermSearch(string? Q = null, string? Language = null, string? Kind = null, string? Species = null, TermState? State = null)
{
    public static IQueryable<TermRecord> Visible(IQueryable<TermRecord> terms, HubActor actor) =>
        actor.IsCoalitionStaff
            ? terms
            : terms.Where(t => t.State == TermState.Approved || t.State == TermState.Retired || t.ProposedByOrganisationId == actor.OrganisationId);

    /// <summary>Parses a state as the API spells it (<c>proposed</c>); null for empty input, false for an unknown name.</summary>
    public static bool TryParseState(string? text, out TermState? state)
    {
        state = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!Enum.TryParse(text, ignoreCase: true, out TermState parsed) || !Enum.IsDefined(parsed) || char.IsDigit(text[0]))
        {
            return false;
        }

        state = parsed;
        return true;
    }

    /// <summary>One term the actor may see, with its history; null when there is none (or it is another organisation's proposal).</summary>
    public static async Task<TermDetailResponse?> FindAsync(WildTraceDb db, HubActor actor, string termId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        TermRecord? term = await Visible(db.Terms.AsNoTracking(), actor).SingleOrDefaultAsync(t => t.TermId == termId, cancellationToken);
        if (term is null)
        {
            return null;
        }

        List<TermHistoryEntry> history = await db.TermHistory.AsNoTracking().Where(h => h.TermRecordId == term.Id)
            .OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return new TermDetailResponse(TermResponse.From(term), [.. history.Select(TermHistoryResponse.From)]);
    }

    public async Task<TermPageResponse> RunAsync(WildTraceDb db, HubActor actor, string? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<TermRecord> query = Visible(db.Terms.AsNoTracking(), actor);
        query = string.IsNullOrEmpty(Q) ? query : query.Where(t => t.Text.Contains(Q) || t.TermId.Contains(Q));
        query = string.IsNullOrEmpty(Language) ? query : query.Where(t => t.Language == Language);
        query = string.IsNullOrEmpty(Kind) ? query : query.Where(t => t.Kind == Kind);
        query = string.IsNullOrEmpty(Species) ? query : query.Where(t => t.Species == Species);
        query = State is null ? query : query.Where(t => t.State == State);
        query = string.IsNullOrEmpty(after) ? query : query.Where(t => t.TermId.CompareTo(after) > 0);
        List<TermRecord> page = await query.OrderBy(t => t.TermId).Take(limit + 1).ToListAsync(cancellationToken);
        string? next = page.Count > limit ? page[limit - 1].TermId : null;
        return new TermPageResponse([.. page.Take(limit).Select(TermResponse.From)], next);
    }
}
