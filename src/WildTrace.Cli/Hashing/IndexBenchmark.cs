using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>
/// <c>wildtrace hashes bench --count N</c>: builds a bank of N seeded random hashes, then times near-duplicate queries
/// against it and against a brute-force popcount scan of the same hashes, in the same process, and checks that both
/// return the same matches.
/// </summary>
internal static class IndexBenchmark
{
    public static int Run(int count, int queries, int bruteQueries, int maxDistance, TextWriter output)
    {
        Random random = new(42);
        PdqHash[] hashes = new PdqHash[count];
        for (int i = 0; i < count; i++)
        {
            hashes[i] = new PdqHash(Next(random), Next(random), Next(random), Next(random));
        }

        // Each query is a planted near-duplicate: a banked hash with 0..maxDistance bits flipped.
        PdqHash[] probes = new PdqHash[queries];
        for (int q = 0; q < queries; q++)
        {
            probes[q] = Flip(hashes[random.Next(count)], random.Next(maxDistance + 1), random);
        }

        HashLabels labels = new("Loxodonta africana", "ivory", "bench", 1.0);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        Stopwatch build = Stopwatch.StartNew();
        HashBank bank = HashBank.Create(hashes.Select(h => new HashBankEntry(h, labels)));
        build.Stop();
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        double[] indexed = new double[queries];
        long found = 0;
        for (int q = 0; q < queries; q++)
        {
            long start = Stopwatch.GetTimestamp();
            found += bank.FindWithin(probes[q], maxDistance).Count;
            indexed[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double[] brute = new double[bruteQueries];
        bool isExact = true;
        for (int q = 0; q < bruteQueries; q++)
        {
            long start = Stopwatch.GetTimestamp();
            List<int> scanned = Scan(hashes, probes[q], maxDistance);
            brute[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            isExact &= scanned.Order().SequenceEqual(bank.FindWithin(probes[q], maxDistance).Select(m => m.Distance).Order());
        }

        // Incremental update: a small batch goes into a new segment; the big one is shared, not rebuilt.
        PdqHash[] fresh = [.. Enumerable.Range(0, 1000).Select(_ => new PdqHash(Next(random), Next(random), Next(random), Next(random)))];
        Stopwatch add = Stopwatch.StartNew();
        HashBank updated = bank.Add(fresh.Select(h => new HashBankEntry(h, labels)));
        add.Stop();
        bool isFreshFound = updated.FindWithin(Flip(fresh[0], 20, random)).Any(m => m.Hash == fresh[0]);

        double indexMedian = Median(indexed);
        double bruteMedian = Median(brute);
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"hashes            {count:N0} (seed 42), max distance {maxDistance}, {queries:N0} planted near-duplicate queries"));
        output.WriteLine(string.Create(c, $"build             {build.Elapsed.TotalSeconds:F2} s ({bank.SegmentCount} segment(s))"));
        output.WriteLine(string.Create(c, $"memory            {(double)retained / count:F1} bytes/hash retained (GC), {(double)bank.SizeInBytes / count:F1} bytes/hash in index arrays"));
        output.WriteLine(string.Create(c, $"index query       median {indexMedian * 1000:F1} us, p99 {Percentile(indexed, 0.99) * 1000:F1} us, {found:N0} matches"));
        output.WriteLine(string.Create(c, $"brute-force scan  median {bruteMedian * 1000:F1} us over {bruteQueries} queries"));
        output.WriteLine(string.Create(c, $"speed-up          {bruteMedian / indexMedian:F0}x (median brute / median index)"));
        output.WriteLine($"exact recall      {(isExact ? "yes" : "NO")} (index matches == brute-force matches on {bruteQueries} queries)");
        output.WriteLine(string.Create(c, $"add 1,000 hashes  {add.Elapsed.TotalMilliseconds:F1} ms, {updated.SegmentCount} segments; a 20-bit near-duplicate of one {(isFreshFound ? "matches" : "DOES NOT match")} at once"));
        return isExact && isFreshFound ? ExitCodes.Success : ExitCodes.IoFailure;
    }

    // The baseline the index must beat: one pass over the hashes, four popcounts each.
    private static List<int> Scan(PdqHash[] hashes, PdqHash query, int maxDistance)
    {
        List<int> distances = [];
        foreach (PdqHash h in hashes)
        {
            int d = h.DistanceTo(query);
            if (d <= maxDistance)
            {
                distances.Add(d);
            }
        }

        return distances;
    }

    private static ulong Next(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    private static PdqHash Flip(PdqHash hash, int bits, Random random)
    {
        ulong[] w = [hash.W0, hash.W1, hash.W2, hash.W3];
        int flipped = 0;
        while (flipped < bits)
        {
            int bit = random.Next(PdqHash.Bits);
            ulong mask = 1UL << (bit & 63);
            if ((w[bit >> 6] & mask) == (hash.Word(bit >> 6) & mask))
            {
                w[bit >> 6] ^= mask;
                flipped++;
            }
        }

        Debug.Assert(BitOperations.PopCount(w[0] ^ hash.W0) + BitOperations.PopCount(w[1] ^ hash.W1) +
            BitOperations.PopCount(w[2] ^ hash.W2) + BitOperations.PopCount(w[3] ^ hash.W3) == bits);
        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    private static double Median(double[] values) => Percentile(values, 0.5);

    private static double Percentile(double[] values, double p)
    {
        double[] sorted = [.. values.Order()];
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
