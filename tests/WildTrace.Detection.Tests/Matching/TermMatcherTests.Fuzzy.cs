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
    // Words in unspaced scripts are not fuzzy-matched, nor phrases joined to fewer than six letters
    [InlineData("穿山甲鳞片", "穿山甲鳞皮")]
    [InlineData("de la", "de lo")]
    // A phrase is matched only from words joined by single spaces, all of them letters
    [InlineData("rhino horn", "rhino, hron")]
    [InlineData("rhino horn", "rhino h0rn2")]
    public void Does_not_fuzzy_match_short_terms(string term, string text)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_fuzzy);

        IReadOnlyList<TermMatch> matches = Find(matcher, text);

        Assert.DoesNotContain(matches, m => m.Method == MatchMethod.Fuzzy);
    }

    [Theory]
    // One edit inside a phrase
    [InlineData("rhino horn", "real rhino hron here", "rhino hron", 1)]
    [InlineData("шкура тигра", "шкурра тигра!!!", "шкурра тигра", 1)]
    [InlineData("colmillo de elefante", "colmillo ed elefante x2", "colmillo ed elefante", 1)]
    [InlineData("статуэтка из слоновой кости", "статуэтка из слоновоой кости", "статуэтка из слоновоой кости", 1)]
    // The space moved by a letter: the joined words are the joined phrase
    [InlineData("taring harimau", "tarin gharimau nego", "tarin gharimau", 0)]
    // A hashtag: one word within one edit of the joined phrase
    [InlineData("tiger bone wine", "#tigerbonewien now", "tigerbonewien", 1)]
    public void Fuzzy_matches_a_misspelt_or_respaced_phrase(string term, string text, string found, int distance)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_fuzzy);

        TermMatch match = Assert.Single(Find(matcher, text), m => m.Method == MatchMethod.Fuzzy);

        Assert.Equal(distance, match.Distance);
        Assert.Equal(found, text[match.Span.Start..match.Span.End]);
    }

    [Fact]
    public void Does_not_fuzzy_match_a_phrase_that_an_exact_match_covers()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino horn"), s_fuzzy);

        IReadOnlyList<TermMatch> matches = Find(matcher, "rhino horn");

        Assert.Equal(MatchMethod.Exact, Assert.Single(matches).Method);
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
