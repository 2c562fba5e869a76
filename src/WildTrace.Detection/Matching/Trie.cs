namespace WildTrace.Detection.Matching;

/// <summary>
/// The build-time trie of <see cref="LiteralAutomatonBuilder"/>: node 0 is the root, every other node has one parent
/// edge labelled with a character class. Discarded once the automaton is built.
/// </summary>
internal sealed class Trie
{
    private readonly Dictionary<long, int> _edges;
    private readonly List<int> _parent;
    private readonly List<int> _class;
    private readonly List<int> _pattern;
    private int[] _childStart = [];
    private int[] _children = [];

    private Trie(int capacity)
    {
        _edges = new Dictionary<long, int>(capacity);
        _parent = new List<int>(capacity) { -1 };
        _class = new List<int>(capacity) { 0 };
        _pattern = new List<int>(capacity) { -1 };
    }

    public int NodeCount => _parent.Count;

    public static Trie Build(IReadOnlyList<string> patterns, ushort[] classOf)
    {
        int units = 0;
        foreach (string pattern in patterns)
        {
            units += pattern.Length;
        }

        Trie trie = new(units + 1);
        for (int p = 0; p < patterns.Count; p++)
        {
            int node = 0;
            foreach (char c in patterns[p])
            {
                node = trie.AddEdge(node, classOf[c]);
            }

            trie._pattern[node] = p;
        }

        trie.IndexChildren();
        return trie;
    }

    public int ParentOf(int node) => _parent[node];

    public int ClassOf(int node) => _class[node];

    /// <summary>The pattern that ends at <paramref name="node"/>, or -1.</summary>
    public int PatternAt(int node) => _pattern[node];

    public ReadOnlySpan<int> Children(int node) => _children.AsSpan(_childStart[node], _childStart[node + 1] - _childStart[node]);

    public int Goto(int node, int cls) => _edges.TryGetValue(Key(node, cls), out int child) ? child : -1;

    public int[] BreadthFirstOrder()
    {
        int[] order = new int[NodeCount];
        int head = 0;
        int tail = 1;
        while (head < tail)
        {
            foreach (int child in Children(order[head++]))
            {
                order[tail++] = child;
            }
        }

        return order;
    }

    /// <summary>For each node, the node of its longest proper suffix that is also in the trie (the root for none).</summary>
    public int[] FailureLinks(int[] breadthFirstOrder)
    {
        // Most failure walks end at the root, so its edges are read from an array rather than the edge dictionary.
        int[] rootChild = new int[ushort.MaxValue + 1];
        foreach (int child in Children(0))
        {
            rootChild[_class[child]] = child;
        }

        int[] fail = new int[NodeCount];
        foreach (int node in breadthFirstOrder)
        {
            int parent = _parent[node];
            if (parent <= 0)
            {
                continue;
            }

            int cls = _class[node];
            int f = fail[parent];
            int target = -1;
            while (f != 0 && (target = Goto(f, cls)) < 0)
            {
                f = fail[f];
            }

            fail[node] = f != 0 ? target : rootChild[cls];
        }

        return fail;
    }

    private static long Key(int node, int cls) => ((long)node << 16) | (uint)cls;

    private int AddEdge(int node, int cls)
    {
        long key = Key(node, cls);
        if (_edges.TryGetValue(key, out int child))
        {
            return child;
        }

        child = _parent.Count;
        _edges.Add(key, child);
        _parent.Add(node);
        _class.Add(cls);
        _pattern.Add(-1);
        return child;
    }

    private void IndexChildren()
    {
        int count = NodeCount;
        _childStart = new int[count + 1];
        for (int node = 1; node < count; node++)
        {
            _childStart[_parent[node] + 1]++;
        }

        for (int i = 0; i < count; i++)
        {
            _childStart[i + 1] += _childStart[i];
        }

        int[] fill = _childStart[..^1];
        _children = new int[count - 1];
        for (int node = 1; node < count; node++)
        {
            _children[fill[_parent[node]]++] = node;
        }
    }
}
