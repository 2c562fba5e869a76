using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Benchmarks;

/// <summary>
/// The cost of risk scoring: the same scan of the same listings with and without <see cref="ScanOptions.Scorer"/>
/// (baseline: matcher only). Issue #4 budgets scoring at +30 % of scan time. Two corpora: <c>mixed</c> imitates real
/// traffic (97 % ordinary listings, 3 % from data/labelled/test.jsonl) and <c>labelled</c> is the labelled test split
/// alone, where nearly every listing names wildlife, so the scorer runs on every one: the worst case.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private static readonly string[] s_filler =
    [
        "selling", "used", "good", "condition", "price", "cheap", "original", "box", "phone", "chair", "table", "lamp",
        "bicycle", "watch", "dress", "shoes", "leather", "wooden", "garden", "call", "pickup", "delivery", "$120",
        "новый", "продам", "出售", "全新", "价格", "手机", "ขาย", "ราคา", "mới", "bán", "giá", "murah", "jual",
    ];

    private ListingScanner _matcherOnly = null!;
    private ListingScanner _scored = null!;
    private Listing[] _listings = [];

    [Params("mixed", "labelled")]
    public string Corpus { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        TermMatcher matcher = TermMatcher.Create(ReadTermDatabase());
        _matcherOnly = new ListingScanner(matcher);
        _scored = new ListingScanner(matcher, new ScanOptions { Scorer = RiskScorer.Default });
        Listing[] labelled = [.. File.ReadLines(LabelledTestSplit()).Select(Parse)];
        if (Corpus == "labelled")
        {
            _listings = labelled;
            return;
        }

        Random random = new(42);
        _listings = [.. Enumerable.Range(0, 10_000).Select(i => random.NextDouble() < 0.03
            ? labelled[random.Next(labelled.Length)]
            : new Listing { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = Words(random, 4), Text = Words(random, 30) })];
    }

    [Benchmark(Baseline = true, Description = "scan, matcher only")]
    public int MatcherOnly() => Run(_matcherOnly);

    [Benchmark(Description = "scan with risk scoring")]
    public int WithScoring() => Run(_scored);

    private int Run(ListingScanner scanner)
    {
        int flagged = 0;
        foreach (Listing listing in _listings)
        {
            flagged += (int)scanner.Scan(listing).Verdict;
        }

        return flagged;
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => s_filler[random.Next(s_filler.Length)]));

    private static Listing Parse(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        JsonElement root = document.RootElement;
        return new Listing { Id = root.GetProperty("id").GetString()!, Title = root.GetProperty("title").GetString()!, Text = root.GetProperty("text").GetString()! };
    }

    private static IReadOnlyList<Term> ReadTermDatabase()
    {
        string data = Path.GetDirectoryName(Path.GetDirectoryName(LabelledTestSplit()))!; // <repo>/data/labelled/test.jsonl
        TermDatabaseReader reader = new();
        using (FileStream species = File.OpenRead(Path.Combine(data, "species", "species.tsv")))
        {
            reader.ReadSpecies("species.tsv", species);
        }

        foreach (string file in Directory.GetFiles(Path.Combine(data, "terms"), "*.tsv").Order(StringComparer.Ordinal))
        {
            using FileStream stream = File.OpenRead(file);
            reader.ReadTerms(Path.GetFileName(file), stream);
        }

        return reader.Build().ApprovedTerms();
    }

    private static string LabelledTestSplit()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "data", "labelled", "test.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("data/labelled/test.jsonl not found above " + AppContext.BaseDirectory);
    }
}
