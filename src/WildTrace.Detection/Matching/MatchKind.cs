namespace WildTrace.Detection.Matching;

/// <summary>Which matches <see cref="TermMatcher.FindAll(Text.NormalizedText)"/> reports when they overlap.</summary>
public enum MatchKind
{
    /// <summary>
    /// Every occurrence of every term, overlaps included: in "rhino horn" both <c>rhino</c> and <c>rhino horn</c>.
    /// </summary>
    All = 0,

    /// <summary>
    /// Non-overlapping matches scanning left to right, taking at each position the longest term that starts there:
    /// in "rhino horn" only <c>rhino horn</c>. The default, because evidence should not count one phrase twice.
    /// </summary>
    LeftmostLongest = 1,
}
