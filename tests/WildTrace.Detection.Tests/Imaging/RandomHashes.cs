using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

/// <summary>Seeded random hashes and planted neighbours for the bank's differential tests.</summary>
internal static class RandomHashes
{
    public static PdqHash Next(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63),
            (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63));

    /// <summary>A hash exactly <paramref name="distance"/> bits from <paramref name="hash"/>.</summary>
    public static PdqHash Flip(PdqHash hash, int distance, Random random)
    {
        ulong[] words = [hash.W0, hash.W1, hash.W2, hash.W3];
        foreach (int bit in Enumerable.Range(0, PdqHash.Bits).OrderBy(_ => random.Next()).Take(distance))
        {
            words[bit >> 6] ^= 1UL << (bit & 63);
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>What a bank must answer: every entry within the distance, by a plain scan.</summary>
    public static List<(PdqHash Hash, HashLabels Labels, int Distance)> BruteForce(IEnumerable<HashBankEntry> entries, PdqHash query, int maxDistance) =>
        [.. entries
            .Select(e => (e.Hash, e.Labels, Distance: e.Hash.DistanceTo(query)))
            .Where(m => m.Distance <= maxDistance)
            .OrderBy(m => m.Distance).ThenBy(m => m.Hash.ToString(), StringComparer.Ordinal).ThenBy(m => m.Labels.Source, StringComparer.Ordinal)];

    public static List<(PdqHash Hash, HashLabels Labels, int Distance)> Sorted(IEnumerable<HashBankMatch> matches) =>
        [.. matches
            .Select(m => (m.Hash, m.Labels, m.Distance))
            .OrderBy(m => m.Distance).ThenBy(m => m.Hash.ToString(), StringComparer.Ordinal).ThenBy(m => m.Labels.Source, StringComparer.Ordinal)];
}
