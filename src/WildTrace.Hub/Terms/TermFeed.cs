using WildTrace.Storage;
using WildTrace.Storage.Feeds;

namespace WildTrace.Hub.Terms;

/// <summary>The <c>terms</c> revision counter (<see cref="FeedSequence"/>), taken inside the writing transaction.</summary>
internal static class TermFeed
{
    public const string Name = "terms";

    /// <summary>Reserves <paramref name="count"/> revisions and returns the first; saved with the caller's changes.</summary>
    public static Task<long> ReserveAsync(WildTraceDb db, int count, CancellationToken cancellationToken) =>
        db.ReserveRevisionsAsync(Name, count, cancellationToken);

    /// <summary>The newest revision handed out (0 before any term exists).</summary>
    public static Task<long> CurrentAsync(WildTraceDb db, CancellationToken cancellationToken) =>
        db.CurrentRevisionAsync(Name, cancellationToken);
}
