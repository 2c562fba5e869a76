using Microsoft.EntityFrameworkCore;

namespace WildTrace.Storage.Feeds;

/// <summary>
/// Revisions of a delta feed (<c>terms</c>, <c>hashes</c>), taken from its <see cref="FeedSequence"/> inside the
/// writing transaction; shared by every feature that writes to a feed, so there is one way to number changes.
/// </summary>
public static class FeedRevisions
{
    /// <summary>Reserves <paramref name="count"/> consecutive revisions of <paramref name="feed"/> and returns the first; saved with the caller's changes.</summary>
    public static async Task<long> ReserveRevisionsAsync(this WildTraceDb db, string feed, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        FeedSequence? sequence = await db.FeedSequences.SingleOrDefaultAsync(f => f.Name == feed, cancellationToken);
        if (sequence is null)
        {
            sequence = new FeedSequence { Name = feed };
            db.FeedSequences.Add(sequence);
        }

        long first = sequence.Value + 1;
        sequence.Value += count;

        // Said explicitly, because bulk writers turn automatic change detection off.
        db.Entry(sequence).State = db.Entry(sequence).State == EntityState.Added ? EntityState.Added : EntityState.Modified;
        return first;
    }

    /// <summary>The newest revision of <paramref name="feed"/> handed out (0 before any).</summary>
    public static async Task<long> CurrentRevisionAsync(this WildTraceDb db, string feed, CancellationToken cancellationToken) =>
        await db.FeedSequences.AsNoTracking().Where(f => f.Name == feed).Select(f => f.Value).SingleOrDefaultAsync(cancellationToken);
}
