using WildTrace.Storage;
using WildTrace.Storage.Feeds;

namespace WildTrace.Hub.HashBanks;

/// <summary>Hands out revisions of the <c>hashes</c> feed, inside the writing transaction.</summary>
internal static class HashRevisions
{
    public const string FeedName = "hashes";

    /// <summary>Reserves <paramref name="count"/> consecutive revisions and returns the first.</summary>
    public static Task<long> ReserveAsync(WildTraceDb db, int count, CancellationToken cancellationToken) =>
        db.ReserveRevisionsAsync(FeedName, count, cancellationToken);
}
