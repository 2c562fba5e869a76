namespace WildTrace.Detection.Matching;

/// <summary>
/// Distinct search strings compiled into one <see cref="LiteralAutomaton"/>, each with the entries (term, method)
/// it stands for: several terms may share a normal form, and one term has several forms.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PatternSet
{
    private readonly int[] _length;
    private readonly int[] _entryStart;
    private readonly PatternEntry[] _entries;

    private PatternSet(LiteralAutomaton automaton, int[] length, int[] entryStart, PatternEntry[] entries)
    {
        Automaton = automaton;
        _length = length;
        _entryStart = entryStart;
        _entries = entries;
    }

    public LiteralAutomaton Automaton { get; }

    public int PatternCount => _length.Length;

    public static PatternSet Build(IEnumerable<(string Form, PatternEntry Entry)> forms)
    {
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        List<string> patterns = [];
        List<List<PatternEntry>> entries = [];
        foreach ((string form, PatternEntry entry) in forms)
        {
            if (form.Length == 0)
            {
                continue;
            }

            if (!index.TryGetValue(form, out int p))
            {
                p = patterns.Count;
                index.Add(form, p);
                patterns.Add(form);
                entries.Add([]);
            }

            if (!entries[p].Contains(entry))
            {
                entries[p].Add(entry);
            }
        }

        int[] length = new int[patterns.Count];
        int[] start = new int[patterns.Count + 1];
        for (int p = 0; p < patterns.Count; p++)
        {
            length[p] = patterns[p].Length;
            start[p + 1] = start[p] + entries[p].Count;
        }

        PatternEntry[] flat = new PatternEntry[start[^1]];
        for (int p = 0; p < patterns.Count; p++)
        {
            entries[p].CopyTo(flat, start[p]);
        }

        return new PatternSet(LiteralAutomatonBuilder.Build(patterns), length, start, flat);
    }

    public int LengthOf(int pattern) => _length[pattern];

    public ReadOnlySpan<PatternEntry> EntriesOf(int pattern) =>
        _entries.AsSpan(_entryStart[pattern], _entryStart[pattern + 1] - _entryStart[pattern]);
}
