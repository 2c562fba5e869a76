using WildTrace.Detection.Text;

namespace WildTrace.Detection.Matching;

/// <summary>Options for <see cref="TermMatcher.Create(IEnumerable{Terms.Term}, TermMatcherOptions?)"/>.</summary>
public sealed record TermMatcherOptions
{
    /// <summary>The options used when none are given.</summary>
    public static TermMatcherOptions Default { get; } = new();

    /// <summary>The normaliser applied to terms; it must be the one applied to the text. Default <see cref="TextNormalizer.Default"/>.</summary>
    public TextNormalizer Normalizer { get; init; } = TextNormalizer.Default;

    /// <summary>Which overlapping matches are reported. Default <see cref="MatchKind.LeftmostLongest"/>.</summary>
    public MatchKind MatchKind { get; init; } = MatchKind.LeftmostLongest;

    /// <summary>Whether deliberate misspellings of longer single-word terms are matched. Default true.</summary>
    public bool IsFuzzyEnabled { get; init; } = true;
}
