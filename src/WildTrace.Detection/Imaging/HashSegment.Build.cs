using System.Diagnostics;
using System.Numerics;

namespace WildTrace.Detection.Imaging;

/// <summary>Building a segment: label interning, the table-0 order, and one counting sort per table.</summary>
internal sealed partial class HashSegment
{
    public static HashSegment Build(ReadOnlySpan<PdqHash> hashes, ReadOnlySpan<HashLabels> labels, long version)
    {
        Debug.Assert(hashes.Length == labels.Length && hashes.Length <= MaxCount);
        int count = hashes.Length;
        Dictionary<HashLabels, int> interned = [];
        List<HashLabels> distinct = [];
        int[] inputLabelIds = new int[count];
        for (int i = 0; i < count; i++)
        {
            // Bulk imports repeat one label object; comparing references first skips hashing three strings per entry.
            if (i > 0 && ReferenceEquals(labels[i], labels[i - 1]))
            {
                inputLabelIds[i] = inputLabelIds[i - 1];
                continue;
            }

            if (!interned.TryGetValue(labels[i], out int id))
            {
                id = distinct.Count;
                interned.Add(labels[i], id);
                distinct.Add(labels[i]);
            }

            inputLabelIds[i] = id;
        }

        // Buckets of 16 to 32 entries: big enough that a directory costs under a quarter byte per hash per table.
        int keyBits = count < IndexThreshold ? 0 : Math.Min(20, BitOperations.Log2((uint)count) - 4);
        int[] order = keyBits == 0 ? [.. Enumerable.Range(0, count)] : SortByKey(hashes, 0, keyBits, out _);
        ulong[] words = new ulong[count * 4];
        int[] labelIds = new int[count];
        for (int p = 0; p < count; p++)
        {
            PdqHash h = hashes[order[p]];
            words[(p * 4) + 0] = h.W0;
            words[(p * 4) + 1] = h.W1;
            words[(p * 4) + 2] = h.W2;
            words[(p * 4) + 3] = h.W3;
            labelIds[p] = inputLabelIds[order[p]];
        }

        int[][] directories = new int[keyBits == 0 ? 0 : ChunkCount][];
        uint[][] tables = new uint[keyBits == 0 ? 0 : ChunkCount][];
        if (keyBits > 0)
        {
            directories[0] = Directory(words, 0, keyBits);
            tables[0] = [];
            for (int t = 1; t < ChunkCount; t++)
            {
                (directories[t], tables[t]) = Table(words, t, keyBits);
            }
        }

        return new HashSegment(words, labelIds, [.. distinct], keyBits, directories, tables, version);
    }

    // A counting sort of positions by the directory key of chunk t: O(n), and stable so equal keys keep input order.
    private static int[] SortByKey(ReadOnlySpan<PdqHash> hashes, int t, int keyBits, out int[] directory)
    {
        directory = new int[(1 << keyBits) + 1];
        int shift = 32 - keyBits;
        foreach (PdqHash h in hashes)
        {
            directory[(Chunk(h, t) >> shift) + 1]++;
        }

        for (int k = 1; k < directory.Length; k++)
        {
            directory[k] += directory[k - 1];
        }

        int[] next = directory[..^1];
        int[] order = new int[hashes.Length];
        for (int i = 0; i < hashes.Length; i++)
        {
            order[next[Chunk(hashes[i], t) >> shift]++] = i;
        }

        return order;
    }

    private static int[] Directory(ulong[] words, int t, int keyBits)
    {
        int count = words.Length / 4;
        int[] directory = new int[(1 << keyBits) + 1];
        int shift = 32 - keyBits;
        for (int p = 0; p < count; p++)
        {
            directory[(Chunk(words, p, t) >> shift) + 1]++;
        }

        for (int k = 1; k < directory.Length; k++)
        {
            directory[k] += directory[k - 1];
        }

        return directory;
    }

    private static (int[] Directory, uint[] Table) Table(ulong[] words, int t, int keyBits)
    {
        int count = words.Length / 4;
        int[] directory = Directory(words, t, keyBits);
        int[] next = directory[..^1];
        uint[] table = new uint[count];
        int shift = 32 - keyBits;
        int filterShift = shift - FilterBits;
        for (int p = 0; p < count; p++)
        {
            uint chunk = Chunk(words, p, t);
            table[next[chunk >> shift]++] = ((uint)p << FilterBits) | ((chunk >> filterShift) & 0xFF);
        }

        return (directory, table);
    }
}
