using System.Numerics;
using BenchmarkDotNet.Attributes;
using WildTrace.Detection.Imaging;

namespace WildTrace.Benchmarks;

/// <summary>
/// <see cref="HashBank.FindWithin"/> at PDQ's threshold against a brute-force popcount scan of the same hashes (the
/// baseline). Every query is a planted near-duplicate (0..31 bits from a banked hash). For 10 million hashes run
/// <c>wildtrace hashes bench --count 10000000</c>, which also checks recall and memory.
/// </summary>
[MemoryDiagnoser]
public class HashBankBenchmarks
{
    private PdqHash[] _hashes = [];
    private PdqHash[] _queries = [];
    private HashBank _bank = HashBank.Empty;
    private int _next;

    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Random random = new(42);
        _hashes = [.. Enumerable.Range(0, Count).Select(_ => new PdqHash(Word(random), Word(random), Word(random), Word(random)))];
        _queries = [.. Enumerable.Range(0, 1024).Select(_ => Near(_hashes[random.Next(Count)], random.Next(32), random))];
        _bank = HashBank.Create(_hashes.Select(h => new HashBankEntry(h, HashLabels.None)));
    }

    [Benchmark(Baseline = true, Description = "brute-force popcount scan")]
    public int BruteForce()
    {
        PdqHash query = _queries[_next++ & 1023];
        int found = 0;
        foreach (PdqHash h in _hashes)
        {
            found += h.DistanceTo(query) <= PdqHash.MatchThresholdBits ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "HashBank.FindWithin (multi-index hashing)")]
    public int Indexed() => _bank.FindWithin(_queries[_next++ & 1023]).Count;

    private static ulong Word(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    private static PdqHash Near(PdqHash hash, int bits, Random random)
    {
        ulong[] w = [hash.W0, hash.W1, hash.W2, hash.W3];
        while (BitOperations.PopCount(w[0] ^ hash.W0) + BitOperations.PopCount(w[1] ^ hash.W1) +
               BitOperations.PopCount(w[2] ^ hash.W2) + BitOperations.PopCount(w[3] ^ hash.W3) < bits)
        {
            int bit = random.Next(256);
            ulong mask = 1UL << (bit & 63);
            if (((w[bit >> 6] ^ hash.Word(bit >> 6)) & mask) == 0)
            {
                w[bit >> 6] ^= mask;
            }
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
