using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// A bank of labelled PDQ hashes that answers "every hash within distance d" exactly, with a multi-index-hashing index
/// of at most 64 bytes per hash (design and measured latency: docs/design/hash-bank.md). Immutable and thread-safe: <see cref="Add"/> and <see cref="Remove"/>
/// return a new bank that shares the old one's segments, so a new hash matches as soon as the call returns, without a
/// rebuild, while readers of the old bank are undisturbed.
/// </summary>
public sealed class HashBank
{
    private readonly HashSegment[] _segments;

    // Hash -> the bank version that removed it; it hides that hash in every segment written before that version.
    private readonly Dictionary<PdqHash, long> _removedAt;

    private readonly long _version;

    private HashBank(HashSegment[] segments, Dictionary<PdqHash, long> removedAt, long version, int count)
    {
        _segments = segments;
        _removedAt = removedAt;
        _version = version;
        Count = count;
    }

    /// <summary>A bank with no hashes.</summary>
    public static HashBank Empty { get; } = new([], [], 0, 0);

    /// <summary>The number of hashes in the bank (each added entry counts, duplicates included).</summary>
    public int Count { get; }

    /// <summary>Every entry, in no particular order.</summary>
    public IEnumerable<HashBankEntry> Entries
    {
        get
        {
            foreach (HashSegment segment in _segments)
            {
                for (int p = 0; p < segment.Count; p++)
                {
                    HashBankEntry entry = segment.EntryAt(p);
                    if (!IsHidden(entry.Hash, segment))
                    {
                        yield return entry;
                    }
                }
            }
        }
    }

    internal int SegmentCount => _segments.Length;

    internal long SizeInBytes => _segments.Sum(s => s.SizeInBytes);

    /// <summary>Builds a bank from entries in one pass.</summary>
    /// <param name="entries">The entries; labels that are equal are stored once.</param>
    /// <returns>The bank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a label is null.</exception>
    public static HashBank Create(IEnumerable<HashBankEntry> entries) => Empty.Add(entries);

    /// <summary>Returns a bank that also holds <paramref name="entries"/>. They are indexed in a new segment, so the cost is
    /// proportional to their number (small segments are merged, at amortised logarithmic cost per hash).</summary>
    /// <param name="entries">The entries to add.</param>
    /// <returns>The new bank; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a label is null.</exception>
    public HashBank Add(IEnumerable<HashBankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        List<PdqHash> hashes = [];
        List<HashLabels> labels = [];
        foreach (HashBankEntry entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry.Labels);
            hashes.Add(entry.Hash);
            labels.Add(entry.Labels);
        }

        if (hashes.Count == 0)
        {
            return this;
        }

        List<HashSegment> segments = [.. _segments];
        long version = _version;
        for (int start = 0; start < hashes.Count; start += HashSegment.MaxCount)
        {
            int length = Math.Min(HashSegment.MaxCount, hashes.Count - start);
            segments.Add(HashSegment.Build(
                CollectionsMarshal.AsSpan(hashes).Slice(start, length),
                CollectionsMarshal.AsSpan(labels).Slice(start, length),
                ++version));
            MergeSmallTail(segments);
        }

        return new HashBank([.. segments], _removedAt, version, Count + hashes.Count);
    }

    /// <summary>Returns a bank without any entry whose hash is one of <paramref name="hashes"/>. Takes effect at once; the
    /// space is reclaimed by <see cref="Compact"/> or a later merge.</summary>
    /// <param name="hashes">The hashes to remove; ones not in the bank are ignored.</param>
    /// <returns>The new bank; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hashes"/> is null.</exception>
    public HashBank Remove(IEnumerable<PdqHash> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        Dictionary<PdqHash, long> removedAt = new(_removedAt);
        long version = _version + 1;
        int count = Count;
        foreach (PdqHash hash in hashes.Distinct())
        {
            count -= FindWithin(hash, 0).Count;
            removedAt[hash] = version;
        }

        return new HashBank(_segments, removedAt, version, count);
    }

    /// <summary>Returns the same entries in as few segments as possible, with removed entries dropped. Queries on a
    /// compacted bank are fastest; adding and removing work without it.</summary>
    /// <returns>The compacted bank.</returns>
    public HashBank Compact()
    {
        HashBank compacted = Empty.Add(Entries);
        return new HashBank(compacted._segments, [], compacted._version, compacted.Count);
    }

    /// <summary>Finds every banked hash within <paramref name="maxDistance"/> bits of <paramref name="hash"/>, exactly.</summary>
    /// <param name="hash">The query.</param>
    /// <param name="maxDistance">The largest Hamming distance reported, 0 to 256. Default 31, PDQ's published threshold.
    /// Up to 39 the index is used; above that the bank is scanned.</param>
    /// <returns>The matches, nearest first (ties in hash order).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDistance"/> is outside 0..256.</exception>
    public IReadOnlyList<HashBankMatch> FindWithin(PdqHash hash, int maxDistance = PdqHash.MatchThresholdBits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, PdqHash.Bits);
        List<HashBankMatch> matches = [];
        foreach (HashSegment segment in _segments)
        {
            segment.FindWithin(hash, maxDistance, (position, distance) =>
            {
                HashBankEntry entry = segment.EntryAt(position);
                if (!IsHidden(entry.Hash, segment))
                {
                    matches.Add(new HashBankMatch(entry.Hash, entry.Labels, distance));
                }
            });
        }

        matches.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : CompareHashes(a.Hash, b.Hash));
        return matches;
    }

    /// <summary>Writes the bank in WildTrace's compact format (docs/design/hash-bank.md), ending in a SHA-256 checksum.</summary>
    /// <param name="stream">The destination; written from its current position, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public void WriteTo(Stream stream) => HashBankFormat.Write(stream, Entries);

    /// <summary>Reads a bank written by <see cref="WriteTo"/>, refusing a file that is truncated, corrupt or not a bank.</summary>
    /// <param name="stream">The source, read from its current position; not closed.</param>
    /// <param name="bank">The bank, when the file is valid.</param>
    /// <param name="error">Why the file was refused, when it is not.</param>
    /// <returns>Whether the file was valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static bool TryReadFrom(Stream stream, [NotNullWhen(true)] out HashBank? bank, [NotNullWhen(false)] out string? error)
    {
        bank = null;
        if (!HashBankFormat.TryRead(stream, out List<HashBankEntry>? entries, out error))
        {
            return false;
        }

        bank = Create(entries);
        return true;
    }

    private bool IsHidden(PdqHash hash, HashSegment segment) =>
        _removedAt.Count > 0 && _removedAt.TryGetValue(hash, out long removedAt) && removedAt > segment.Version;

    // Size-tiered merging: while the newest segment is at least half the size of the one before, merge the two. Sizes
    // then at least double going back, so there are O(log n) segments and each hash is re-indexed O(log n) times.
    private void MergeSmallTail(List<HashSegment> segments)
    {
        while (segments.Count >= 2)
        {
            HashSegment last = segments[^1];
            HashSegment previous = segments[^2];
            if ((long)last.Count * 2 < previous.Count || (long)last.Count + previous.Count > HashSegment.MaxCount)
            {
                return;
            }

            List<PdqHash> hashes = new(last.Count + previous.Count);
            List<HashLabels> labels = new(last.Count + previous.Count);
            foreach (HashSegment segment in (ReadOnlySpan<HashSegment>)[previous, last])
            {
                for (int p = 0; p < segment.Count; p++)
                {
                    HashBankEntry entry = segment.EntryAt(p);
                    if (!IsHidden(entry.Hash, segment))
                    {
                        hashes.Add(entry.Hash);
                        labels.Add(entry.Labels);
                    }
                }
            }

            segments.RemoveRange(segments.Count - 2, 2);
            segments.Add(HashSegment.Build(
                CollectionsMarshal.AsSpan(hashes),
                CollectionsMarshal.AsSpan(labels),
                Math.Max(last.Version, previous.Version)));
        }
    }

    private static int CompareHashes(PdqHash a, PdqHash b)
    {
        for (int w = 3; w >= 0; w--)
        {
            int c = a.Word(w).CompareTo(b.Word(w));
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
