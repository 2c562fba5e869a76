using System.Text;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Matching;

/// <summary>The automaton against <see cref="ReferenceMatcher"/> on seeded random terms and texts.</summary>
public sealed class TermMatcherDifferentialTests
{
    // Few symbols, so that terms overlap, share prefixes and suffixes, and sit next to or inside words: Latin and
    // Cyrillic letters (spaced scripts), Han with homophones and Thai (unspaced), a space, punctuation, a digit.
    private const string Alphabet = "abаб象像牙芽กข .-1";

    [Theory]
    [InlineData(MatchKind.All)]
    [InlineData(MatchKind.LeftmostLongest)]
    public void Agrees_with_reference_on_random_terms_and_texts(MatchKind kind)
    {
        Random random = new(42);
        TermMatcherOptions options = new() { MatchKind = kind, IsFuzzyEnabled = false };

        for (int round = 0; round < 200; round++)
        {
            List<Term> terms = RandomTerms(random, Alphabet, random.Next(1, 25), minLength: 1, maxLength: 5);
            TermMatcher matcher = TermMatcher.Create(terms, options, FakePhonetics.ToPhoneticKey);
            ReferenceMatcher reference = new(terms, options, FakePhonetics.ToPhoneticKey);
            for (int t = 0; t < 20; t++)
            {
                NormalizedText text = TextNormalizer.Default.Normalize(RandomString(random, Alphabet, random.Next(0, 60)));

                IReadOnlyList<TermMatch> actual = matcher.FindAll(text);

                Assert.Equal(Canonical(reference.FindAll(text)), Canonical(actual));
            }
        }
    }

    [Theory]
    [InlineData(MatchKind.All)]
    [InlineData(MatchKind.LeftmostLongest)]
    public void Agrees_with_reference_on_random_misspellings(MatchKind kind)
    {
        Random random = new(42);
        TermMatcherOptions options = new() { MatchKind = kind, IsFuzzyEnabled = true };

        for (int round = 0; round < 100; round++)
        {
            List<Term> terms = RandomTerms(random, "abcdé", random.Next(1, 15), minLength: 4, maxLength: 8);
            TermMatcher matcher = TermMatcher.Create(terms, options, FakePhonetics.ToPhoneticKey);
            ReferenceMatcher reference = new(terms, options, FakePhonetics.ToPhoneticKey);
            for (int t = 0; t < 20; t++)
            {
                NormalizedText text = TextNormalizer.Default.Normalize(MisspelledText(random, terms));

                IReadOnlyList<TermMatch> actual = matcher.FindAll(text);

                Assert.Equal(Canonical(reference.FindAll(text)), Canonical(actual));
            }
        }
    }

    [Fact]
    public void Reports_matches_in_documented_order()
    {
        Random random = new(42);
        List<Term> terms = RandomTerms(random, Alphabet, 30, minLength: 1, maxLength: 4);
        TermMatcher matcher = TermMatcher.Create(terms, new TermMatcherOptions { MatchKind = MatchKind.All });
        NormalizedText text = TextNormalizer.Default.Normalize(RandomString(random, Alphabet, 400));

        IReadOnlyList<TermMatch> matches = matcher.FindAll(text);

        Assert.NotEmpty(matches);
        for (int i = 1; i < matches.Count; i++)
        {
            (TermMatch a, TermMatch b) = (matches[i - 1], matches[i]);
            Assert.True(a.Span.Start < b.Span.Start || (a.Span.Start == b.Span.Start && a.Span.End >= b.Span.End), $"{a} before {b}");
        }
    }

    [Fact]
    public void Random_misspellings_produce_fuzzy_matches()
    {
        Random random = new(42);
        List<Term> terms = RandomTerms(random, "abcdé", 10, minLength: 5, maxLength: 8);
        TermMatcher matcher = TermMatcher.Create(terms, new TermMatcherOptions { MatchKind = MatchKind.All });

        int fuzzy = Enumerable.Range(0, 50)
            .Sum(_ => matcher.FindAll(TextNormalizer.Default.Normalize(MisspelledText(random, terms))).Count(m => m.Method == MatchMethod.Fuzzy));

        Assert.True(fuzzy > 20, $"only {fuzzy} fuzzy matches: the differential test would prove little");
    }

    // Words that are terms with zero to two random edits (insert, delete, substitute, swap), or random words.
    private static string MisspelledText(Random random, List<Term> terms)
    {
        const string Letters = "abcdé";
        List<string> words = [];
        for (int w = random.Next(0, 8); w > 0; w--)
        {
            if (random.Next(4) == 0)
            {
                words.Add(RandomString(random, Letters, random.Next(1, 10)));
                continue;
            }

            StringBuilder word = new(terms[random.Next(terms.Count)].Text.TrimEnd('*'));
            for (int edits = random.Next(0, 3); edits > 0 && word.Length > 1; edits--)
            {
                int at = random.Next(word.Length - 1);
                switch (random.Next(4))
                {
                    case 0: word.Insert(at, Letters[random.Next(Letters.Length)]); break;
                    case 1: word.Remove(at, 1); break;
                    case 2: word[at] = Letters[random.Next(Letters.Length)]; break;
                    default: (word[at], word[at + 1]) = (word[at + 1], word[at]); break;
                }
            }

            words.Add(word.ToString());
        }

        return string.Join(random.Next(3) == 0 ? ", " : " ", words);
    }

    internal static List<Term> RandomTerms(Random random, string alphabet, int count, int minLength, int maxLength)
    {
        List<Term> terms = [];
        for (int i = 0; i < count; i++)
        {
            string text = RandomString(random, alphabet, random.Next(minLength, maxLength + 1));
            if (random.Next(8) == 0)
            {
                text += "*";
            }

            terms.Add(new Term { Id = $"t{i}", Text = text, Language = random.Next(3) == 0 ? "zh" : "en" });
        }

        return terms;
    }

    internal static string RandomString(Random random, string alphabet, int length)
    {
        StringBuilder builder = new(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static List<string> Canonical(IEnumerable<TermMatch> matches) =>
        [.. matches.Select(m => $"{m.Span.Start}-{m.Span.End} {m.Method} {m.Term.Id} d{m.Distance}").Order(StringComparer.Ordinal)];
}
