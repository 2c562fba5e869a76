using System.Diagnostics;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// An immutable block of banked hashes with a multi-index-hashing index (docs/design/hash-bank.md): eight tables, one
/// per 32-bit chunk. Within distance d of a query, some chunk is within d/8 of the query's chunk (pigeonhole), so
/// probing each table for chunks within that radius finds every match, and only those few candidates get a full
/// 256-bit comparison.
/// </summary>
internal sealed partial class HashSegment
{
    public const int ChunkCount = 8;

    /// <summary>Table entries keep a 24-bit position, so a segment holds at most this many hashes.</summary>
    public const int MaxCount = (1 << 24) - 1;

    // Below this a scan of the 32-byte hashes beats probing eight tables, and the tables would be mostly overhead.
    private const int IndexThreshold = 4096;

    // A radius of 5 or more (d >= 40) probes over 10^4 keys per table; scanning is then competitive, and simpler.
    private const int MaxIndexedRadius = 4;

    // Tables also keep 8 more chunk bits below the directory key, to reject most bucket entries without touching the
    // hash (a random 32-byte read) while keeping an entry at 4 bytes.
    private const int FilterBits = 8;

    private const int ProbeBatch = 128;

    // Hash words, four per entry (bits 0..63 first), in the order of table 0; table 0 needs no entries of its own.
    private readonly ulong[] _words;
    // Label ids take 2 bytes while a segment has at most 65,536 distinct label sets (the usual case), else 4.
    private readonly ushort[]? _shortLabelIds;
    private readonly int[]? _labelIds;
    private readonly HashLabels[] _labels;
    private readonly int _keyBits;

    // _directories[t][key] is the first entry of bucket `key` in table t; one extra slot closes the last bucket.
    private readonly int[][] _directories;

    // For t >= 1: (position << 8) | filter bits, grouped by bucket.
    private readonly uint[][] _tables;

    private HashSegment(ulong[] words, int[] labelIds, HashLabels[] labels, int keyBits, int[][] directories, uint[][] tables, long version)
    {
        _words = words;
        if (labels.Length <= ushort.MaxValue + 1)
        {
            _shortLabelIds = [.. labelIds.Select(id => (ushort)id)];
        }
        else
        {
            _labelIds = labelIds;
        }

        _labels = labels;
        _keyBits = keyBits;
        _directories = directories;
        _tables = tables;
        Version = version;
    }

    public int Count => _words.Length / 4;

    /// <summary>When the segment was written; a removal newer than this hides its entries (see <see cref="HashBank"/>).</summary>
    public long Version { get; }

    /// <summary>Bytes held by this segment's arrays (label objects excluded; they are shared).</summary>
    public long SizeInBytes =>
        ((long)_words.Length * sizeof(ulong)) + ((long)(_shortLabelIds?.Length ?? 0) * sizeof(ushort)) +
        ((long)(_labelIds?.Length ?? 0) * sizeof(int)) +
        _directories.Sum(d => (long)d.Length * sizeof(int)) + _tables.Sum(t => (long)t.Length * sizeof(uint));

    // The constructor sets exactly one of the two label columns, so _labelIds is set when _shortLabelIds is not.
    public HashBankEntry EntryAt(int position) =>
        new(HashAt(position), _labels[_shortLabelIds is not null ? _shortLabelIds[position] : _labelIds![position]]);

    public PdqHash HashAt(int position) =>
        new(_words[position * 4], _words[(position * 4) + 1], _words[(position * 4) + 2], _words[(position * 4) + 3]);

    /// <summary>Calls <paramref name="found"/> once for each position within <paramref name="maxDistance"/> of <paramref name="query"/>.</summary>
    public void FindWithin(PdqHash query, int maxDistance, Action<int, int> found)
    {
        int radius = maxDistance / ChunkCount;
        if (_keyBits == 0 || radius > MaxIndexedRadius)
        {
            Scan(query, maxDistance, found);
            return;
        }

        Span<uint> queryChunks = stackalloc uint[ChunkCount];
        for (int t = 0; t < ChunkCount; t++)
        {
            queryChunks[t] = Chunk(query, t);
        }

        ReadOnlySpan<int> masks = BallMasks.Get(_keyBits, radius);
        List<int> candidates = [];
        for (int t = 0; t < ChunkCount; t++)
        {
            for (int first = 0; first < masks.Length; first += ProbeBatch)
            {
                ProbeBatchOf(queryChunks, t, radius, masks.Slice(first, Math.Min(ProbeBatch, masks.Length - first)), candidates);
                VerifyAll(query, queryChunks, t, radius, maxDistance, candidates, found);
            }
        }
    }

    // Probing is bound by memory latency, not arithmetic: each bucket is a random read in a table of megabytes. So the
    // bucket bounds for a batch of probes are loaded together and their first lines prefetched, letting the misses
    // overlap, before any bucket is scanned (measured: docs/design/hash-bank.md, "Probing").
    private unsafe void ProbeBatchOf(ReadOnlySpan<uint> queryChunks, int t, int radius, ReadOnlySpan<int> masks, List<int> candidates)
    {
        int keyShift = 32 - _keyBits;
        uint queryKey = queryChunks[t] >> keyShift;
        uint queryFilter = (queryChunks[t] >> (keyShift - FilterBits)) & 0xFF;
        int[] directory = _directories[t];
        uint[] table = _tables[t];
        Span<int> starts = stackalloc int[ProbeBatch];
        Span<int> ends = stackalloc int[ProbeBatch];
        for (int j = 0; j < masks.Length; j++)
        {
            uint key = queryKey ^ (uint)masks[j];
            starts[j] = directory[key];
            ends[j] = directory[key + 1];
        }

        if (Sse.IsSupported)
        {
            fixed (ulong* words = _words)
            fixed (uint* entries = table)
            {
                for (int j = 0; j < masks.Length; j++)
                {
                    if (starts[j] < ends[j])
                    {
                        Sse.Prefetch0(t == 0 ? words + (starts[j] * 4L) : entries + starts[j]);
                    }
                }
            }
        }

        for (int j = 0; j < masks.Length; j++)
        {
            int budget = radius - BitOperations.PopCount((uint)masks[j]);
            int start = starts[j];
            if (t == 0)
            {
                // Table 0 is the hash array itself, so its whole chunk is at hand: test it exactly.
                uint queryChunk = queryChunks[0];
                ReadOnlySpan<ulong> words = _words.AsSpan(start * 4, (ends[j] - start) * 4);
                for (int i = 0; i < words.Length; i += 4)
                {
                    if (BitOperations.PopCount(queryChunk ^ (uint)words[i]) <= radius)
                    {
                        candidates.Add(start + (i / 4));
                    }
                }

                continue;
            }

            ReadOnlySpan<uint> bucket = table.AsSpan(start, ends[j] - start);
            int scanned = Avx2.IsSupported ? FilterBucketAvx2(bucket, queryFilter, budget, candidates) : 0;
            foreach (uint entry in bucket[scanned..])
            {
                if (BitOperations.PopCount((entry ^ queryFilter) & 0xFF) <= budget)
                {
                    candidates.Add((int)(entry >> FilterBits));
                }
            }
        }
    }

    // The filter test for eight entries at once: popcount of the low byte via two 16-entry nibble lookups (pshufb),
    // since AVX2 has no per-lane popcount. Almost every entry fails, so the mask is usually zero and nothing branches.
    private static int FilterBucketAvx2(
        ReadOnlySpan<uint> bucket, uint queryFilter, int budget, List<int> candidates)
    {
        Vector256<byte> nibbleCounts = Vector256.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
        Vector256<uint> filter = Vector256.Create(queryFilter);
        Vector256<uint> lowByte = Vector256.Create(0xFFu);
        Vector256<byte> lowNibble = Vector256.Create((byte)0x0F);
        Vector256<int> limit = Vector256.Create(budget);
        int i = 0;
        for (; i + Vector256<uint>.Count <= bucket.Length; i += Vector256<uint>.Count)
        {
            Vector256<byte> x = ((Vector256.Create(bucket.Slice(i, Vector256<uint>.Count)) ^ filter) & lowByte).AsByte();
            Vector256<byte> counts = Avx2.Add(
                Avx2.Shuffle(nibbleCounts, x & lowNibble),
                Avx2.Shuffle(nibbleCounts, Avx2.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & lowNibble));
            uint pass = Vector256.LessThanOrEqual(counts.AsInt32(), limit).ExtractMostSignificantBits();
            while (pass != 0)
            {
                int lane = BitOperations.TrailingZeroCount(pass);
                candidates.Add((int)(bucket[i + lane] >> FilterBits));
                pass &= pass - 1;
            }
        }

        return i;
    }

    // Candidates are random reads in the hash array too, so they are prefetched together before any is compared.
    private unsafe void VerifyAll(PdqHash query, ReadOnlySpan<uint> queryChunks, int t, int radius, int maxDistance, List<int> candidates, Action<int, int> found)
    {
        if (Sse.IsSupported)
        {
            fixed (ulong* words = _words)
            {
                foreach (int position in candidates)
                {
                    Sse.Prefetch0(words + (position * 4L));
                }
            }
        }

        foreach (int position in candidates)
        {
            Verify(query, queryChunks, t, radius, maxDistance, position, found);
        }

        candidates.Clear();
    }

    // Reports a candidate only from the first table whose chunk is within the radius: each match once, no visited set.
    private void Verify(PdqHash query, ReadOnlySpan<uint> queryChunks, int table, int radius, int maxDistance, int position, Action<int, int> found)
    {
        int distance = Distance(query, position);
        if (distance > maxDistance || ChunkDistance(queryChunks, table, position) > radius)
        {
            return;
        }

        for (int earlier = 0; earlier < table; earlier++)
        {
            if (ChunkDistance(queryChunks, earlier, position) <= radius)
            {
                return;
            }
        }

        found(position, distance);
    }

    private void Scan(PdqHash query, int maxDistance, Action<int, int> found)
    {
        ulong[] w = _words;
        for (int p = 0, o = 0; p < Count; p++, o += 4)
        {
            int distance = BitOperations.PopCount(w[o] ^ query.W0) + BitOperations.PopCount(w[o + 1] ^ query.W1) +
                BitOperations.PopCount(w[o + 2] ^ query.W2) + BitOperations.PopCount(w[o + 3] ^ query.W3);
            if (distance <= maxDistance)
            {
                found(p, distance);
            }
        }
    }

    private int Distance(PdqHash query, int position)
    {
        int o = position * 4;
        return BitOperations.PopCount(_words[o] ^ query.W0) + BitOperations.PopCount(_words[o + 1] ^ query.W1) +
            BitOperations.PopCount(_words[o + 2] ^ query.W2) + BitOperations.PopCount(_words[o + 3] ^ query.W3);
    }

    private int ChunkDistance(ReadOnlySpan<uint> queryChunks, int t, int position) =>
        BitOperations.PopCount(queryChunks[t] ^ Chunk(_words, position, t));

    private static uint Chunk(PdqHash hash, int t) => (uint)(hash.Word(t >> 1) >> ((t & 1) << 5));

    private static uint Chunk(ulong[] words, int position, int t) => (uint)(words[(position * 4) + (t >> 1)] >> ((t & 1) << 5));


}
