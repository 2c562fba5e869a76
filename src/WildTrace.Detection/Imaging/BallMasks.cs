using System.Collections.Concurrent;

namespace WildTrace.Detection.Imaging;

/// <summary>All XOR masks of at most <c>radius</c> set bits over <c>bits</c> bits: the keys to probe around a query key.</summary>
internal static class BallMasks
{
    private static readonly ConcurrentDictionary<(int Bits, int Radius), int[]> s_cache = new();

    /// <summary>The masks, lightest first; for 19 bits and radius 3 there are 1,160.</summary>
    public static ReadOnlySpan<int> Get(int bits, int radius) => s_cache.GetOrAdd((bits, radius), static key => Create(key.Bits, key.Radius));

    private static int[] Create(int bits, int radius)
    {
        List<int> masks = [];
        for (int weight = 0; weight <= radius; weight++)
        {
            Add(masks, 0, 0, weight, bits);
        }

        return [.. masks];
    }

    private static void Add(List<int> masks, int mask, int from, int remaining, int bits)
    {
        if (remaining == 0)
        {
            masks.Add(mask);
            return;
        }

        for (int bit = from; bit <= bits - remaining; bit++)
        {
            Add(masks, mask | (1 << bit), bit + 1, remaining - 1, bits);
        }
    }
}
