using System.Diagnostics;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Compiles distinct, non-empty patterns into a <see cref="LiteralAutomaton"/>: trie, failure links (breadth first),
/// then a dense DFA for the frequent character classes. Steps follow docs/design/matcher.md.
/// </summary>
internal static class LiteralAutomatonBuilder
{
    // Dense cells (4 bytes each) the DFA may use: 24 Mi cells = 96 MiB. The stride is the number of classes that fit
    // this budget for the trie's size, so small term lists get a full DFA and 50,000 terms stay well under 200 MB.
    private const int MaxDenseCells = 24 << 20;

    // Even a huge trie keeps a dense column for the commonest letters; below this the rare path would dominate.
    private const int MinStride = 32;

    /// <param name="patterns">Distinct, non-empty patterns; a match reports the pattern's index in this list.</param>
    /// <param name="maxDenseCells">Dense-table budget; tests lower it (with <paramref name="minStride"/>) to force
    /// every class but "none" through the rare path.</param>
    /// <param name="minStride">The fewest dense classes, whatever the budget.</param>
    public static LiteralAutomaton Build(
        IReadOnlyList<string> patterns, int maxDenseCells = MaxDenseCells, int minStride = MinStride)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ushort[] classOf = AssignClasses(patterns, out int classCount);
        Trie trie = Trie.Build(patterns, classOf);
        int nodeCount = trie.NodeCount;
        int stride = Math.Clamp(maxDenseCells / nodeCount, Math.Min(minStride, classCount), classCount);

        int[] order = trie.BreadthFirstOrder();
        int[] fail = trie.FailureLinks(order);
        bool[] hasMatch = new bool[nodeCount];
        foreach (int node in order)
        {
            hasMatch[node] = trie.PatternAt(node) >= 0 || (node != 0 && hasMatch[fail[node]]);
        }

        // Renumber: root first, states without matches next, states with matches last (see LiteralAutomaton).
        int[] newIndex = new int[nodeCount];
        int next = 0;
        foreach (int node in order)
        {
            if (!hasMatch[node])
            {
                newIndex[node] = next++;
            }
        }

        int firstMatchIndex = next;
        foreach (int node in order)
        {
            if (hasMatch[node])
            {
                newIndex[node] = next++;
            }
        }

        Debug.Assert(newIndex[0] == 0, "the root never matches, so it keeps index 0");
        int[] dense = BuildDense(trie, order, fail, newIndex, stride);
        (int[] matchStart, int[] matchPatterns) = BuildMatchLists(trie, order, fail, hasMatch, newIndex, firstMatchIndex);
        (int[] rareStart, int[] rareClass, int[] rareNext, int[] rootRare) =
            BuildRareEdges(trie, newIndex, stride, classCount);
        int[] newFail = new int[nodeCount];
        for (int node = 1; node < nodeCount; node++)
        {
            newFail[newIndex[node]] = newIndex[fail[node]];
        }

        return new LiteralAutomaton(
            classOf, dense, stride, firstMatchIndex * stride, matchStart, matchPatterns,
            newFail, rareStart, rareClass, rareNext, rootRare);
    }

    // Classes are numbered by how often their unit occurs in the patterns, so the dense columns go to the letters
    // that text hits most. Units outside every pattern share class 0.
    private static ushort[] AssignClasses(IReadOnlyList<string> patterns, out int classCount)
    {
        int[] counts = new int[65536];
        foreach (string pattern in patterns)
        {
            foreach (char c in pattern)
            {
                counts[c]++;
            }
        }

        List<char> used = [];
        for (int c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0)
            {
                used.Add((char)c);
            }
        }

        used.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        ushort[] classOf = new ushort[65536];
        for (int i = 0; i < used.Count; i++)
        {
            classOf[used[i]] = checked((ushort)(i + 1));
        }

        classCount = used.Count + 1;
        return classOf;
    }

    private static int[] BuildDense(Trie trie, int[] order, int[] fail, int[] newIndex, int stride)
    {
        // delta(s, c) = goto(s, c) if that edge exists, else delta(fail(s), c). Breadth-first order guarantees the
        // failure state's row is complete before it is copied.
        int[] dense = new int[checked(trie.NodeCount * stride)];
        foreach (int node in order)
        {
            Span<int> row = dense.AsSpan(newIndex[node] * stride, stride);
            if (node != 0)
            {
                dense.AsSpan(newIndex[fail[node]] * stride, stride).CopyTo(row);
            }

            foreach (int child in trie.Children(node))
            {
                int cls = trie.ClassOf(child);
                if (cls < stride)
                {
                    row[cls] = newIndex[child] * stride;
                }
            }
        }

        return dense;
    }

    private static (int[] Start, int[] Patterns) BuildMatchLists(
        Trie trie, int[] order, int[] fail, bool[] hasMatch, int[] newIndex, int firstMatchIndex)
    {
        // Each match state lists its own pattern and those of its failure chain, flattened once here so that the
        // scan never walks failure links to report overlapping matches.
        int[][] lists = new int[trie.NodeCount - firstMatchIndex][];
        foreach (int node in order)
        {
            if (!hasMatch[node])
            {
                continue;
            }

            List<int> list = [];
            if (trie.PatternAt(node) >= 0)
            {
                list.Add(trie.PatternAt(node));
            }

            if (hasMatch[fail[node]])
            {
                list.AddRange(lists[newIndex[fail[node]] - firstMatchIndex]);
            }

            lists[newIndex[node] - firstMatchIndex] = [.. list];
        }

        int[] start = new int[lists.Length + 1];
        for (int i = 0; i < lists.Length; i++)
        {
            start[i + 1] = start[i] + lists[i].Length;
        }

        int[] patterns = new int[start[^1]];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i].CopyTo(patterns, start[i]);
        }

        return (start, patterns);
    }

    private static (int[] Start, int[] Class, int[] Next, int[] RootRow) BuildRareEdges(
        Trie trie, int[] newIndex, int stride, int classCount)
    {
        int nodeCount = trie.NodeCount;
        int[] start = new int[nodeCount + 1];
        for (int node = 1; node < nodeCount; node++)
        {
            if (trie.ClassOf(node) >= stride)
            {
                start[newIndex[trie.ParentOf(node)] + 1]++;
            }
        }

        for (int i = 0; i < nodeCount; i++)
        {
            start[i + 1] += start[i];
        }

        int[] fill = start[..^1];
        int[] classes = new int[start[^1]];
        int[] next = new int[start[^1]];
        int[] rootRow = new int[classCount - stride];
        for (int node = 1; node < nodeCount; node++)
        {
            int cls = trie.ClassOf(node);
            if (cls < stride)
            {
                continue;
            }

            int parent = newIndex[trie.ParentOf(node)];
            int e = fill[parent]++;
            classes[e] = cls;
            next[e] = newIndex[node] * stride;
            if (parent == 0)
            {
                rootRow[cls - stride] = next[e];
            }
        }

        return (start, classes, next, rootRow);
    }
}
