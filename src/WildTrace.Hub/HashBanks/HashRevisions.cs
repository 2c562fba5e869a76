using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Feeds;

namespace WildTrace.Hub.HashBanks;

/// <summary>Hands out revisions of the <c>hashes</c> feed, inside the writing transaction.</summary>
internal static class HashRevisions
{
    public const string FeedName = "hashes";

    /// <summary>Reserves <paramref name="count"/> consecutive revisions and returns the first.</summary>
    public static async Task<long> ReserveAsync(WildTraceDb db, int count, CancellationToken cancellationToken)
    {
        FeedSequence? sequence = await db.FeedSequences.SingleOrDefaultAsync(f => f.Name == FeedName, cancellationToken);
        if (sequence is null)
        {
            sequence = new FeedSequence { Name = FeedName };
            db.FeedSequences.Add(sequence);
        }

        long first = sequence.Value + 1;
        sequence.Value += count;
        return first;
    }
}
