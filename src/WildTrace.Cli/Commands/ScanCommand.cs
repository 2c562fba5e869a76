using System.CommandLine;
using System.Globalization;
using WildTrace.Cli.Scanning;
using WildTrace.Cli.Terms;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scanning.Json;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace scan</c>: JSON Lines listings in, one JSON Lines verdict per listing out.</summary>
/// <remarks>
/// The contract, which scripts rely on:
/// <list type="bullet">
/// <item>Input, one object per line: <c>id</c> (string, required), <c>title</c>, <c>text</c>, <c>price</c> (number),
/// <c>currency</c>, <c>platform</c>, <c>url</c>, <c>seller</c>, <c>images</c> (array of local paths or URLs, or objects
/// <c>{"pdq": "64 hex digits", "path": "…"}</c>); unknown fields are ignored. URLs are never fetched.</item>
/// <item>Output, exactly one line per input line, in input order whatever <c>--threads</c> says:
/// <c>{"id","verdict":"block|review|allow","score":0..1,"matches":[{"term","termId","lang","category","species",
/// "field":"title|text","start","end"}],"reasons":[...],"explanation":{...}}</c> (explanation: see
/// <see cref="VerdictWriter"/>), where <c>start</c>/<c>end</c> are UTF-16 offsets into that field's original text,
/// plus <c>"images":[{"index","pdq","bankPdq","distance","labels":{"species","product","source","confidence"}}]</c>
/// only when an image matched the hash bank; or, for a line that cannot be used, <c>{"id": id or null, "error": "line N: why"}</c>.</item>
/// <item>Exit codes: 0 every line was read (error lines included); 1 the input or output failed; 2 bad arguments,
/// including an unreadable or invalid <c>--terms</c>, <c>--policy</c> or <c>--bank</c> file (or a refused term pack).
/// Failures print one <c>wildtrace: …</c> line on stderr.</item>
/// </list>
/// </remarks>
internal static class ScanCommand
{
    private const string StandardStream = "-";

    public static Command Create() => Create(ConsoleStreams.System);

    public static Command Create(ConsoleStreams console)
    {
        Option<string> input = new("--input", "-i")
        {
            Description = "JSON Lines listings to scan ({\"id\", \"title\", \"text\", ...} per line); '-' for stdin.",
            DefaultValueFactory = _ => StandardStream,
        };
        Option<string> output = new("--output", "-o")
        {
            Description = "Where to write one JSON verdict per input line, in input order; '-' for stdout.",
            DefaultValueFactory = _ => StandardStream,
        };
        Option<string?> terms = new("--terms")
        {
            Description = "Use these terms instead of the bundled term pack: a signed .pack, or a term list in plain text (one term per line), .csv, .tsv or .json (see data/terms/README.md).",
        };
        Option<string[]> trustKeys = new("--trust-key")
        {
            Description = "Also trust .pack files signed with this PEM public key (repeatable).",
        };
        Option<string?> bank = new("--bank")
        {
            Description = "Match listing images against this hash bank (as written by 'wildtrace hashes import') instead of the bundled one.",
        };
        Option<bool> noImages = new("--no-images")
        {
            Description = "Do not look at listing images at all.",
        };
        Option<string?> policy = new("--policy")
        {
            Description = "Policy JSON file (thresholds and hard rules; see data/policy/README.md); default the coalition baseline.",
        };
        Option<int> threads = new("--threads")
        {
            Description = "Worker threads; output order does not depend on it.",
            DefaultValueFactory = _ => 1,
        };
        threads.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself; only range is checked here.
            if (result.Tokens.Count > 0 &&
                int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) &&
                count < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        Command command = new(
            "scan",
            "Scan JSON Lines listings and write one verdict per line. 'images' items are local paths, URLs (never fetched: " +
            "noted as not checked) or {\"pdq\": \"64 hex digits\", \"path\": \"...\"} objects (the pdq is used and the path not " +
            "opened); a malformed 'images' field or pdq makes that line an error line. At most 16 images per listing are " +
            "checked. An image within 31 bits of a banked hash adds a reason and an \"images\" entry {index, pdq, bankPdq, " +
            "distance, labels} to the verdict. The bundled bank is empty (data/banks/README.md), so images count only with --bank.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(terms);
        command.Options.Add(bank);
        command.Options.Add(noImages);
        command.Options.Add(policy);
        command.Options.Add(threads);
        command.Options.Add(trustKeys);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(input) ?? StandardStream,
            parseResult.GetValue(output) ?? StandardStream,
            parseResult.GetValue(terms),
            parseResult.GetValue(trustKeys) ?? [],
            parseResult.GetValue(noImages) ? ImageSource.None : new ImageSource(parseResult.GetValue(bank)),
            parseResult.GetValue(policy),
            parseResult.GetValue(threads)));
        return command;
    }

    private static int Run(
        ConsoleStreams console, string inputPath, string outputPath, string? termsPath, string[] trustKeys, ImageSource images,
        string? policyPath, int threads)
    {
        if (inputPath != StandardStream && outputPath != StandardStream &&
            string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
        {
            // Creating the output would truncate the input before a single line was read.
            console.Error.WriteLine($"wildtrace: --output '{outputPath}' is the input file");
            return ExitCodes.BadArguments;
        }

        if (!ScanTermSource.TryLoad(termsPath, trustKeys, out IReadOnlyList<Term> termList, out IReadOnlyList<string> errors))
        {
            foreach (string error in errors)
            {
                console.Error.WriteLine($"wildtrace: {error}");
            }

            return ExitCodes.BadArguments;
        }

        if (!images.TryCreateDetectors(out IReadOnlyList<IDetector>? detectors, out string? bankError))
        {
            console.Error.WriteLine($"wildtrace: {bankError}");
            return ExitCodes.BadArguments;
        }

        RiskPolicy? policy = RiskPolicy.CoalitionBaseline;
        if (policyPath is not null && !PolicyFile.TryLoad(policyPath, out policy, out string? policyError))
        {
            console.Error.WriteLine($"wildtrace: {policyError}");
            return ExitCodes.BadArguments;
        }

        ListingScanner scanner = new(
            TermMatcher.Create(termList), new ScanOptions { Detectors = detectors, Scorer = new RiskScorer(policy) });
        Stream? input = null;
        Stream? output = null;
        try
        {
            input = inputPath == StandardStream ? console.OpenInput() : OpenRead(inputPath);
            output = outputPath == StandardStream ? console.OpenOutput() : File.Create(outputPath);
            ScanPipelineOptions options = new()
            {
                Threads = threads,
                MaxBatchLines = detectors.Count > 0 ? ImageSource.BatchLines : ScanPipelineOptions.DefaultMaxBatchLines,
            };
            long? totalBytes = input.CanSeek ? input.Length : null;
            ScanSummary summary = console.IsErrorTerminal
                ? ScanProgressBar.Run(console.Error, totalBytes, progress => ScanPipeline.Run(
                    input, output, scanner, options with { Progress = progress }, CancellationToken.None))
                : ScanPipeline.Run(input, output, scanner, options, CancellationToken.None);
            console.Error.WriteLine($"wildtrace: {summary}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"wildtrace: {e.Message}");
            return ExitCodes.IoFailure;
        }
        finally
        {
            input?.Dispose();
            DisposeQuietly(output);
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    // Disposing flushes, and a flush to a broken pipe throws again after the failure was already reported.
    private static void DisposeQuietly(Stream? stream)
    {
        try
        {
            stream?.Dispose();
        }
        catch (IOException)
        {
        }
    }
}
