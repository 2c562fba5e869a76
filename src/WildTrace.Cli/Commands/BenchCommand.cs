using System.CommandLine;
using WildTrace.Cli.Bench;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;

namespace WildTrace.Cli.Commands;

/// <summary>
/// <c>wildtrace bench</c>: the term matcher against the baselines a .NET developer would otherwise use, timed in the
/// same run over the same listings and terms, so that ratios hold on a noisy machine. Pin it to one core
/// (<c>taskset -c 0</c>) for single-core figures. See docs/design/matcher.md for measured results.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        Option<FileInfo?> corpus = new("--corpus")
        {
            Description = "Listings, one per line (as made by ../shared/bench/gen_corpus.py). Default: a small synthetic corpus.",
        };
        Option<FileInfo?> terms = new("--terms")
        {
            Description = "Terms, one per line (e.g. patterns_10000.txt). Default: a small synthetic term list.",
        };
        Option<int?> listings = new("--listings") { Description = "Use only the first N listings." };
        Option<int> repeat = new("--repeat") { Description = "Timed runs per case; the median is reported.", DefaultValueFactory = _ => 3 };
        Option<int> regexSample = new("--regex-sample")
        {
            Description = "Listings the (very slow) Regex baseline is timed on; 0 skips it.",
            DefaultValueFactory = _ => 100,
        };
        Option<bool> json = new("--json") { Description = "Write one JSON object instead of a table." };

        Command command = new("bench", "Measure matcher-only and end-to-end scan throughput against SearchValues and Regex baselines.");
        command.Options.Add(corpus);
        command.Options.Add(terms);
        command.Options.Add(listings);
        command.Options.Add(repeat);
        command.Options.Add(regexSample);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            FileInfo? corpusFile = parseResult.GetValue(corpus);
            FileInfo? termsFile = parseResult.GetValue(terms);
            foreach (FileInfo? file in new[] { corpusFile, termsFile })
            {
                if (file is { Exists: false })
                {
                    Console.Error.WriteLine($"wildtrace: file '{file.FullName}' not found");
                    return ExitCodes.IoFailure;
                }
            }

            BenchInput input = BenchInput.Load(corpusFile?.FullName, termsFile?.FullName, parseResult.GetValue(listings));
            List<BenchResult> results = [];
            foreach (BenchCase benchCase in Cases(parseResult.GetValue(regexSample)))
            {
                results.Add(BenchRunner.Run(benchCase, input, parseResult.GetValue(repeat), Console.Error.WriteLine));
            }

            if (parseResult.GetValue(json))
            {
                using Stream stdout = Console.OpenStandardOutput();
                BenchReport.WriteJson(stdout, input, results);
            }
            else
            {
                BenchReport.WriteTable(Console.Out, input, results);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The cases of one run, in report order: matcher alone, the whole scan path, then the baselines.</summary>
    private static IEnumerable<BenchCase> Cases(int regexSample)
    {
        yield return new MatcherCase("TermMatcher (exact, variants)", new TermMatcherOptions { IsFuzzyEnabled = false });
        yield return new MatcherCase("TermMatcher (+ fuzzy)", new TermMatcherOptions { IsFuzzyEnabled = true });
        TermMatcherOptions exact = new() { IsFuzzyEnabled = false };
        yield return new EndToEndCase("Scan end to end (parse, normalise, match, write)", exact, ScanOptions.Default);
        yield return new EndToEndCase("Scan end to end (+ fuzzy)", TermMatcherOptions.Default, ScanOptions.Default);
        yield return new EndToEndCase(
            "Scan end to end (+ fuzzy + risk scoring: wildtrace scan's default)", TermMatcherOptions.Default, new ScanOptions { Scorer = RiskScorer.Default });
        yield return new SearchValuesCase();
        if (regexSample > 0)
        {
            yield return new RegexCase(regexSample);
        }
    }
}
