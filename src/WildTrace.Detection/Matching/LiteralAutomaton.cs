using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WildTrace.Detection.Matching;

/// <summary>
/// An Aho-Corasick automaton over UTF-16 units that reports every occurrence of every pattern, overlaps included,
/// in one pass. Frequent character classes use a dense DFA table; rare ones (most Han, for instance) follow sparse
/// goto edges and failure links, which keeps memory bounded for tens of thousands of patterns in many scripts.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="LiteralAutomatonBuilder"/>; see docs/design/matcher.md.</remarks>
internal sealed class LiteralAutomaton
{
    // UTF-16 unit -> class. Class 0 means "in no pattern", so its dense column always leads back to the root.
    private readonly ushort[] _classOf;

    // Dense DFA: state ids are premultiplied by _stride (state index * _stride), so a transition is one add and one
    // load: _dense[state + class]. Only classes below _stride have a column.
    private readonly int[] _dense;
    private readonly int _stride;

    // States are numbered so that every state with at least one match comes last: "state >= _firstMatchState" is the
    // only test the hot loop makes per unit.
    private readonly int _firstMatchState;
    private readonly int[] _matchStart;
    private readonly int[] _matchPatterns;

    // Rare classes (>= _stride): sparse goto edges per state index, failure links, and a full row for the root.
    private readonly int[] _fail;
    private readonly int[] _rareStart;
    private readonly int[] _rareClass;
    private readonly int[] _rareNext;
    private readonly int[] _rootRare;

    // For rare classes no state but the root has an edge on: the transition is the root's, from any state. Most Han
    // and Thai units in a term list are like this, and this skips the failure walk for them.
    private readonly bool[] _isRootOnly;

    // Lemire's fast division: state / _stride as a 64-bit multiply, exact for every non-negative int state and any
    // stride above 1 (for 1 the reciprocal 2^64 does not fit).
    private readonly ulong _strideReciprocal;

    internal LiteralAutomaton(
        ushort[] classOf, int[] dense, int stride, int firstMatchState, int[] matchStart, int[] matchPatterns,
        int[] fail, int[] rareStart, int[] rareClass, int[] rareNext, int[] rootRare)
    {
        Debug.Assert(classOf.Length == 65536, "one class per UTF-16 unit");
        Debug.Assert(dense.Length % stride == 0, "whole rows only");
        _classOf = classOf;
        _dense = dense;
        _stride = stride;
        _firstMatchState = firstMatchState;
        _matchStart = matchStart;
        _matchPatterns = matchPatterns;
        _fail = fail;
        _rareStart = rareStart;
        _rareClass = rareClass;
        _rareNext = rareNext;
        _rootRare = rootRare;
        _isRootOnly = new bool[rootRare.Length];
        Array.Fill(_isRootOnly, true);
        for (int index = 1; index < rareStart.Length - 1; index++)
        {
            for (int e = rareStart[index]; e < rareStart[index + 1]; e++)
            {
                _isRootOnly[rareClass[e] - stride] = false;
            }
        }

        _strideReciprocal = stride == 1 ? 0 : (ulong.MaxValue / (ulong)stride) + 1;
    }

    /// <summary>The number of automaton states.</summary>
    public int StateCount => _dense.Length / _stride;

    /// <summary>The number of character classes that have a dense DFA column.</summary>
    public int DenseClassCount => _stride;

    /// <summary>Appends every occurrence of every pattern in <paramref name="text"/> to <paramref name="matches"/>,
    /// in order of end position, creating the list on the first match.</summary>
    // AggressiveOptimization: compiled fully optimised on first call, skipping tiering. With tiering this loop ran
    // 2-5x slower and erratically from run to run (its tier-0, OSR and PGO versions), even after seconds of warm-up;
    // measured with `wildtrace bench` against DOTNET_TieredCompilation=0, see docs/design/matcher.md.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FindAll(ReadOnlySpan<char> text, ref List<RawMatch>? matches)
    {
        // Bounds checks are elided by hand: every table index below is in range by construction (classes come from
        // _classOf, states from the tables themselves). This loop is the matcher's whole cost on clean listings.
        ref ushort classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        ref int dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        int stride = _stride;
        int firstMatch = _firstMatchState;
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cls = Unsafe.Add(ref classOf, text[i]);
            state = cls < stride ? Unsafe.Add(ref dense, state + cls) : NextRare(state, cls);
            if (state >= firstMatch)
            {
                AddMatches(state, i + 1, ref matches);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NextRare(int state, int cls)
    {
        if (_isRootOnly[cls - _stride])
        {
            return _rootRare[cls - _stride];
        }

        int index = _stride == 1 ? state : (int)Math.BigMul(_strideReciprocal, (ulong)state, out _);
        Debug.Assert(index == state / _stride, "fast division is exact");
        while (index != 0)
        {
            int next = FindRareEdge(index, cls);
            if (next >= 0)
            {
                return next;
            }

            index = _fail[index];
        }

        return _rootRare[cls - _stride];
    }

    private int FindRareEdge(int index, int cls)
    {
        // Most states have zero or one rare edge, so a linear scan beats a binary search here.
        for (int e = _rareStart[index]; e < _rareStart[index + 1]; e++)
        {
            if (_rareClass[e] == cls)
            {
                return _rareNext[e];
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddMatches(int state, int end, ref List<RawMatch>? matches)
    {
        matches ??= [];
        int slot = (state - _firstMatchState) / _stride;
        for (int m = _matchStart[slot]; m < _matchStart[slot + 1]; m++)
        {
            matches.Add(new RawMatch(_matchPatterns[m], end));
        }
    }
}
