using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Feeds;

namespace WildTrace.Hub.Terms;

/// <summary>The <c>terms</c> revision counter (<see cref="FeedSequence"/>), taken inside the writing transaction.</summary>
internal static class TermFeed
{
    public const string Name = "terms";

    /// <summary>Reserves <paramref name="count"/> revisions and returns the first; saved with the caller's changes.</summary>
    public static async Task<long> ReserveAsync(WildTraceDb db, int count, CancellationToken cancellationToken)
    {
        FeedSequence? sequence = await db.FeedSequences.SingleOrDefaultAsync(f => f.Name == Name, cancellationToken);
        if (sequence is null)
        {
            sequence = new FeedSequence { Name = Name };
            db.FeedSequences.Add(sequence);
        }

        long first = sequence.Value + 1;
        sequence.Value += count;

        // Said explicitly, because bulk writers turn automatic change detection off.
        db.Entry(sequence).State = db.Entry(sequence).State == EntityState.Added ? EntityState.Added : EntityState.Modified;
        return first;
    }

    /// <summary>The newest revision handed out (0 before any term exists).</summary>
    public static async Task<long> CurrentAsync(WildTraceDb db, CancellationToken cancellationToken) =>
        await db.FeedSequences.AsNoTracking().Where(f => f.Name == Name).Select(f => f.Value).SingleOrDefaultAsync(cancellationToken);
}
