using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Benchmarks;

/// <summary>
/// The term matcher against <see cref="SearchValues{T}"/> of strings (the baseline) on the same seeded listings.
/// Set WILDTRACE_BENCH_CORPUS and WILDTRACE_BENCH_TERMS to files from ../shared/bench/gen_corpus.py to use those
/// instead; <c>wildtrace bench</c> is the quicker whole-corpus measurement, with Regex and build figures.
/// </summary>
[MemoryDiagnoser]
public class TermMatcherBenchmarks
{
    private const int ListingCount = 2_000;

    private TermMatcher _exact = null!;
    private TermMatcher _fuzzy = null!;
    private SearchValues<string> _searchValues = null!;
    private List<Term> _terms = [];
    private string[] _listings = [];
    private NormalizedText[] _normalized = [];

    [Params(2_500, 10_000)]
    public int TermCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Random random = new(42);
        string? termsFile = Environment.GetEnvironmentVariable("WILDTRACE_BENCH_TERMS");
        string? corpusFile = Environment.GetEnvironmentVariable("WILDTRACE_BENCH_CORPUS");
        List<string> texts = termsFile is null
            ? [.. Enumerable.Range(0, TermCount).Select(_ => RandomPhrase(random, random.Next(1, 3)))]
            : [.. File.ReadLines(termsFile).Where(l => l.Length > 0).Take(TermCount)];
        _terms = [.. texts.Distinct(StringComparer.Ordinal).Select((t, i) => new Term { Id = $"t{i}", Text = t })];
        _listings = corpusFile is null
            ? [.. Enumerable.Range(0, ListingCount).Select(_ => RandomListing(random, texts))]
            : [.. File.ReadLines(corpusFile).Take(ListingCount)];
        _normalized = [.. _listings.Select(TextNormalizer.Default.Normalize)];
        _exact = TermMatcher.Create(_terms, new TermMatcherOptions { IsFuzzyEnabled = false });
        _fuzzy = TermMatcher.Create(_terms, new TermMatcherOptions { IsFuzzyEnabled = true });
        _searchValues = SearchValues.Create([.. _terms.Select(t => t.Text)], StringComparison.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true, Description = "SearchValues<string> IndexOfAny loop")]
    public int SearchValuesAllStarts()
    {
        int matches = 0;
        foreach (string listing in _listings)
        {
            ReadOnlySpan<char> rest = listing;
            int at;
            while ((at = rest.IndexOfAny(_searchValues)) >= 0)
            {
                matches++;
                rest = rest[(at + 1)..];
            }
        }

        return matches;
    }

    [Benchmark(Description = "TermMatcher exact + variants")]
    public int MatcherExact() => FindAll(_exact);

    [Benchmark(Description = "TermMatcher + fuzzy")]
    public int MatcherFuzzy() => FindAll(_fuzzy);

    [Benchmark(Description = "TermMatcher.Create")]
    public TermMatcher Build() => TermMatcher.Create(_terms, new TermMatcherOptions { IsFuzzyEnabled = true });

    private int FindAll(TermMatcher matcher)
    {
        int matches = 0;
        foreach (NormalizedText text in _normalized)
        {
            matches += matcher.FindAll(text).Count;
        }

        return matches;
    }

    // Pseudo-words from Latin, Cyrillic, Han and Thai syllables, so that the alphabet and the trie look like a real
    // multilingual term list's. Listings are built from other syllables (sharing letters) plus about one planted
    // term in a hundred words, so that most listings are clean, as in real traffic.
    private static readonly string[] s_termSyllables =
    [
        "ra", "no", "ti", "ger", "pan", "go", "lin", "ele", "phant", "ho", "rn", "sca", "les", "tor", "toi", "se",
        "ко", "сть", "ро", "г", "ти", "гр", "象", "牙", "犀", "角", "穿", "山", "甲", "งา", "ช้", "าง",
    ];

    private static readonly string[] s_fillerSyllables =
    [
        "sel", "ling", "good", "con", "di", "tion", "chair", "ta", "ble", "pho", "ne", "ca", "ble", "ва", "на", "的",
        "手", "机", "ขาย", "ดี",
    ];

    private static string RandomPhrase(Random random, int words, string[]? syllables = null)
    {
        StringBuilder phrase = new();
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                phrase.Append(' ');
            }

            for (int s = random.Next(2, 5); s > 0; s--)
            {
                syllables ??= s_termSyllables;
                phrase.Append(syllables[random.Next(syllables.Length)]);
            }
        }

        return phrase.ToString();
    }

    private static string RandomListing(Random random, List<string> terms)
    {
        StringBuilder listing = new();
        for (int w = random.Next(30, 70); w > 0; w--)
        {
            listing.Append(random.Next(100) == 0 ? terms[random.Next(terms.Count)] : RandomPhrase(random, 1, s_fillerSyllables));
            listing.Append(' ');
        }

        return listing.ToString();
    }
}
