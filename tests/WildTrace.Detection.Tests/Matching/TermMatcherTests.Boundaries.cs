using WildTrace.Detection.Matching;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Matching;

public sealed partial class TermMatcherTests
{
    [Theory]
    // Latin: the term must be a whole word
    [InlineData("rhino", "rhinoceros horn")]
    [InlineData("ivory", "ivorycoast souvenirs")]
    [InlineData("horn", "thorn bush")]
    [InlineData("tusk", "tuskegee")]
    // Digits are word characters, as in regex \b
    [InlineData("ivory", "ivory2 bangle")]
    // Cyrillic, Greek, Arabic, Devanagari are spaced scripts too
    [InlineData("рог", "порог")]
    [InlineData("ελεφαντ", "ελεφαντοστό")]
    [InlineData("عاج", "العاجل")]
    [InlineData("बाघ", "बाघिन")]
    public void Does_not_match_inside_a_longer_word(string term, string text)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_all);

        IReadOnlyList<TermMatch> matches = Find(matcher, text);

        Assert.Empty(matches);
    }

    [Theory]
    // Punctuation, spaces and the ends of the text are boundaries
    [InlineData("ivory", "ivory")]
    [InlineData("ivory", "(ivory)")]
    [InlineData("ivory", "genuine ivory, old")]
    [InlineData("tiger", "tiger-bone wine")]
    [InlineData("ivory", "ivory_bangle")]
    [InlineData("rhino", "rhino's horn")]
    // A change to an unspaced script is a boundary
    [InlineData("ivory", "ivory象牙")]
    // A term that starts or ends with a non-word character needs no boundary on that side
    [InlineData("#ivory", "sale#ivory")]
    public void Matches_a_term_between_word_boundaries(string term, string text)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_all);

        IReadOnlyList<TermMatch> matches = Find(matcher, text);

        Assert.Single(matches);
    }

    [Theory]
    [InlineData("象牙", "出售天然象牙手镯", 4, 6)]
    [InlineData("センザンコウ", "本物のセンザンコウの鱗", 3, 9)]
    [InlineData("งาช้าง", "ขายงาช้างแท้", 3, 9)]
    [InlineData("상아", "진짜상아를팝니다", 2, 4)] // Hangul: particles and compounds attach, so a substring
    public void Matches_chinese_term_inside_a_sentence_without_spaces(string term, string text, int start, int end)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_all);

        TermMatch match = Assert.Single(Find(matcher, text));

        Assert.Equal(new TextSpan(start, end), match.Span);
    }

    [Theory]
    // A phrase's joined form: hashtags, and letters spelt out across the gaps between its words (with leet digits)
    [InlineData("rhino horn", "#rhinohorn for sale", "rhinohorn")]
    [InlineData("rhino horn", "r h i n o  h 0 r n for sale", "r h i n o  h 0 r n")]
    [InlineData("ngà voi", "vòng #ngàvoi thật", "ngàvoi")]
    public void Matches_a_phrase_written_without_its_spaces(string term, string text, string found)
    {
        TermMatcher matcher = TermMatcher.Create(Terms(term), s_all);
        NormalizedText normalized = TextNormalizer.Default.Normalize(text);

        TermMatch match = Assert.Single(matcher.FindAll(normalized));

        Assert.Equal(MatchMethod.Variant, match.Method);
        TextSpan typed = normalized.ToOriginalSpan(match.Span);
        Assert.Equal(found, text[typed.Start..typed.End]);
    }

    [Fact]
    public void Matches_inside_a_word_when_the_term_is_a_prefix_form()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino*"), s_all);

        TermMatch match = Assert.Single(Find(matcher, "black rhinoceros"));

        Assert.Equal(new TextSpan(6, 11), match.Span);
    }

    [Fact]
    public void Still_needs_a_word_start_for_a_prefix_form()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino*"), s_all);

        IReadOnlyList<TermMatch> matches = Find(matcher, "xrhinoceros");

        Assert.Empty(matches);
    }
}
