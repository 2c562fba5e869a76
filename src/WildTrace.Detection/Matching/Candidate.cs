namespace WildTrace.Detection.Matching;

/// <summary>A match before overlap selection; <see cref="TermIndex"/> points into the matcher's term list.</summary>
internal readonly record struct Candidate(int TermIndex, int Start, int End, MatchMethod Method, int Distance)
{
    /// <summary>The order <see cref="TermMatcher.FindAll(Text.NormalizedText)"/> documents: by start, longer first,
    /// then by method (exact before variant, homophone, fuzzy), then by term list order.</summary>
    public static int Compare(Candidate a, Candidate b)
    {
        int order = a.Start.CompareTo(b.Start);
        if (order == 0)
        {
            order = b.End.CompareTo(a.End);
        }

        if (order == 0)
        {
            order = a.Method.CompareTo(b.Method);
        }

        return order != 0 ? order : a.TermIndex.CompareTo(b.TermIndex);
    }

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
