namespace WildTrace.Storage.Feeds;

/// <summary>
/// A named counter that hands out revisions for a delta feed (<c>terms</c>, <c>hashes</c>). Taken inside the writing
/// transaction, so a reader that asks for changes <c>since</c> a revision never misses one that commits later with a
/// smaller number.
/// </summary>
public sealed class FeedSequence
{
    public const int MaxNameLength = 32;

    public required string Name { get; set; }

    public long Value { get; set; }
}
