using WildTrace.Detection.Matching;

namespace WildTrace.Detection.Tests.Matching;

public sealed class LiteralAutomatonTests
{
    [Theory]
    [InlineData(24 << 20, 32)] // the production budget: every class of a small alphabet is dense
    [InlineData(1, 1)] // every class but "none" takes the rare path (sparse edges and failure links)
    [InlineData(40, 3)] // a mix, as with many Han terms
    public void Finds_every_occurrence_like_indexof_whatever_the_dense_budget(int maxDenseCells, int minStride)
    {
        Random random = new(42);

        for (int round = 0; round < 200; round++)
        {
            List<string> patterns = [.. Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => TermMatcherDifferentialTests.RandomString(random, "abc象牙ก", random.Next(1, 6)))
                .Distinct(StringComparer.Ordinal)];
            LiteralAutomaton automaton = LiteralAutomatonBuilder.Build(patterns, maxDenseCells, minStride);
            string text = TermMatcherDifferentialTests.RandomString(random, "abc象牙กx", random.Next(0, 80));
            List<RawMatch>? actual = null;

            automaton.FindAll(text, ref actual);

            Assert.Equal(Naive(patterns, text), Sorted(actual ?? []));
        }
    }

    [Fact]
    public void Reports_nothing_for_an_empty_pattern_list()
    {
        LiteralAutomaton automaton = LiteralAutomatonBuilder.Build([]);
        List<RawMatch>? matches = null;

        automaton.FindAll("anything at all", ref matches);

        Assert.Null(matches);
    }

    private static List<RawMatch> Naive(List<string> patterns, string text)
    {
        List<RawMatch> found = [];
        for (int p = 0; p < patterns.Count; p++)
        {
            for (int at = text.IndexOf(patterns[p], StringComparison.Ordinal); at >= 0; at = text.IndexOf(patterns[p], at + 1, StringComparison.Ordinal))
            {
                found.Add(new RawMatch(p, at + patterns[p].Length));
            }
        }

        return Sorted(found);
    }

    private static List<RawMatch> Sorted(IEnumerable<RawMatch> matches) => [.. matches.OrderBy(m => m.End).ThenBy(m => m.Pattern)];
}
