namespace WildTrace.Hub.Hosting;

/// <summary>
/// One page of a list in id order. <see cref="Next"/> is the cursor for the following page (pass it back as
/// <c>after</c>, or <c>before</c> for newest-first lists); null on the last page. Keyset, not offset: stable under inserts
/// and as fast on page 1,000 as on page 1.
/// </summary>
internal sealed record KeysetPage<T>(IReadOnlyList<T> Items, long? Next)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Clamps a requested page size into 1..<see cref="MaxLimit"/>.</summary>
    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    public static KeysetPage<T> From(IReadOnlyList<T> items, int limit, Func<T, long> id)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(id);
        return new(items, items.Count == limit && items.Count > 0 ? id(items[^1]) : null);
    }
}
