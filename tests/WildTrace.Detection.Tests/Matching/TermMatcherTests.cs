using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Matching;

public sealed partial class TermMatcherTests
{
    private static readonly TermMatcherOptions s_all = new() { MatchKind = MatchKind.All, IsFuzzyEnabled = false };

    [Fact]
    public void Finds_overlapping_terms_with_MatchKind_All()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino", "rhino horn", "horn"), s_all);

        IReadOnlyList<TermMatch> matches = Find(matcher, "real rhino horn here");

        Assert.Equal(["rhino horn@5-15", "rhino@5-10", "horn@11-15"], Describe(matches));
    }

    [Fact]
    public void Keeps_the_longest_leftmost_term_by_default()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino", "rhino horn", "horn", "horn powder"));

        IReadOnlyList<TermMatch> matches = Find(matcher, "rhino horn powder, horn");

        Assert.Equal(["rhino horn@0-10", "horn@19-23"], Describe(matches));
    }

    [Fact]
    public void Reports_every_term_that_shares_the_chosen_span()
    {
        Term english = new() { Id = "en-ivory", Text = "ivory", Language = "en" };
        Term french = new() { Id = "fr-ivory", Text = "IVORY", Language = "fr" };
        TermMatcher matcher = TermMatcher.Create([english, french]);

        IReadOnlyList<TermMatch> matches = Find(matcher, "old ivory");

        Assert.Equal([english, french], matches.Select(m => m.Term));
    }

    [Fact]
    public void Returns_empty_list_when_nothing_matches()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("ivory"));

        IReadOnlyList<TermMatch> matches = Find(matcher, "a vintage wooden chair");

        Assert.Empty(matches);
    }

    [Fact]
    public void Maps_the_match_back_to_what_the_seller_typed()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino horn"));
        NormalizedText text = TextNormalizer.Default.Normalize("Genuine RHINO HORN!");

        TermMatch match = Assert.Single(matcher.FindAll(text));

        TextSpan original = text.ToOriginalSpan(match.Span);
        Assert.Equal("RHINO HORN", text.Original[original.Start..original.End]);
        Assert.Equal(MatchMethod.Exact, match.Method);
        Assert.Equal(0, match.Distance);
    }

    [Fact]
    public void Counts_the_terms_it_was_built_from()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("ivory", "tusk", "ivory"));

        Assert.Equal(3, matcher.TermCount);
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("ivory"));

        Assert.Throws<ArgumentNullException>(() => TermMatcher.Create(null!));
        Assert.Throws<ArgumentNullException>(() => matcher.FindAll(null!));
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("rhino horn", "ivory", "象牙", "pangolin"));
        string[] listings = ["rhino horn for sale", "carved ivory, 象牙 bangle", "pangolin scales", "nothing here"];
        string[][] expected = [.. listings.Select(l => Describe(Find(matcher, l)))];

        string[][][] results = [.. Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => Enumerable.Range(0, 500).Select(i => Describe(Find(matcher, listings[i % listings.Length]))).ToArray())];

        foreach (string[][] run in results)
        {
            for (int i = 0; i < run.Length; i++)
            {
                Assert.Equal(expected[i % listings.Length], run[i]);
            }
        }
    }

    internal static List<Term> Terms(params string[] texts) =>
        [.. texts.Select((text, i) => new Term { Id = text, Text = text, Language = IsHan(text) ? "zh" : "en" })];

    internal static IReadOnlyList<TermMatch> Find(TermMatcher matcher, string text) =>
        matcher.FindAll(TextNormalizer.Default.Normalize(text));

    internal static string[] Describe(IEnumerable<TermMatch> matches) =>
        [.. matches.Select(m => $"{m.Term.Text}@{m.Span.Start}-{m.Span.End}")];

    private static bool IsHan(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
