using WildTrace.Detection.Matching;

namespace WildTrace.Detection.Tests.Matching;

public sealed partial class TermMatcherTests
{
    private static readonly TermMatcherOptions s_fuzzy = new() { MatchKind = MatchKind.All, IsFuzzyEnabled = true };

    [Theory]
    [InlineData("ivory", "carved ivroy bangle", "ivroy")] // transposition
    [InlineData("pangolin", "pangolinn scales", "pangolinn")] // insertion
    [InlineData("pangolin", "pangoln scales", "pangoln")] // deletion
    [InlineData("rhino", "rhyno horn", "rhyno")] // substitution
    [InlineData("tiger", "tyger bone", "tyger")]
    [InlineData("носорог", "рог носарог", "носарог")] // Cyrillic
    // Lower-case ASCII words are measured eight units at a time: words across and at the end of such blocks
    [InlineData("tortoiseshell", "old tortoiseshel comb", "tortoiseshel")]
    [InlineData("pangolin", "buy pangolinn", "pangolinn")]
    public void Fuzzy_matches_transposed_letters_in_long_terms(string term, string text, string misspelling)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_fuzzy);

        TermMatch match = Assert.Single(Find(matcher, text));

        Assert.Equal(MatchMethod.Fuzzy, match.Method);
        Assert.Equal(1, match.Distance);
        Assert.Equal(misspelling, text[match.Span.Start..match.Span.End]);
    }

    [Theory]
    // Terms under five letters never fuzzy-match
    [InlineData("tusk", "tusc")]
    [InlineData("horn", "horm")]
    // The first letter must be kept
    [InlineData("ivory", "every day")]
    [InlineData("tiger", "liger")]
    // Terms under eight letters must keep their last letter: endings are where inflections and other words differ
    [InlineData("mulun", "kulit mulus")]
    [InlineData("bones", "boned chicken")]
    // Common words one edit from a term
    [InlineData("rhino", "river rhine cruise")]
    [InlineData("tiger", "kitchen timer")]
    [InlineData("scales", "end of season sales")]
    [InlineData("otter", "the other one")]
    // Two edits are too many
    [InlineData("pangolin", "pangloinn")]
    // A word that goes on past its ASCII letters is judged whole
    [InlineData("pangolin", "pangolinn2 scales")]
    [InlineData("pangolin", "pangolinnscales")]
    // Words in unspaced scripts and multi-word terms are not fuzzy-matched
    [InlineData("rhino horn", "rhino hron")]
    [InlineData("穿山甲鳞片", "穿山甲鳞皮")]
    public void Does_not_fuzzy_match_short_terms(string term, string text)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_fuzzy);

        IReadOnlyList<TermMatch> matches = Find(matcher, text);

        Assert.DoesNotContain(matches, m => m.Method == MatchMethod.Fuzzy);
    }

    [Fact]
    public void Does_not_fuzzy_match_a_word_the_term_list_uses()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("tiger bone", "tager"), s_fuzzy);

        IReadOnlyList<TermMatch> matches = Find(matcher, "tiger claw");

        Assert.Empty(matches);
    }

    [Fact]
    public void Does_not_fuzzy_match_a_word_that_matched_exactly()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("tiger", "tigers"), s_fuzzy);

        IReadOnlyList<TermMatch> matches = Find(matcher, "two tigers");

        Assert.Equal(["tigers@4-10"], Describe(matches));
    }

    [Fact]
    public void Does_not_fuzzy_match_when_fuzzy_matching_is_off()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("ivory"), s_all);

        IReadOnlyList<TermMatch> matches = Find(matcher, "ivroy");

        Assert.Empty(matches);
    }
}
