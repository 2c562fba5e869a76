using System.CommandLine;
using System.Globalization;
using WildTrace.Cli.Evaluation;
using WildTrace.Cli.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace eval</c>: scores a labelled set and reports precision, recall, F1 and false-positive rate,
/// overall and per language, obfuscation family and taxon, with the verdict matrix; <c>--sweep</c> adds the trade-off
/// over thresholds, <c>--report DIR</c> writes report.md and PNG charts.</summary>
internal static class EvalCommand
{
    public static Command Create() => Create(ConsoleStreams.System);

    public static Command Create(ConsoleStreams console)
    {
        Option<string> input = new("--input", "-i") { Description = "Labelled JSON Lines (data/labelled/README.md).", Required = true };
        Option<string?> report = new("--report") { Description = "Folder for report.md and PNG charts." };
        Option<bool> sweep = new("--sweep") { Description = "Also show precision, recall and false-positive rate over score thresholds." };
        Option<string?> policy = new("--policy") { Description = "Policy JSON file (default: the coalition baseline)." };
        Option<string> termDb = new("--term-db") { Description = "Term database folder (data/terms).", DefaultValueFactory = _ => "data/terms" };
        Option<string?> model = new("--model") { Description = "Model file to use instead of the built-in one (e.g. fresh from wildtrace train)." };
        Command command = new("eval", "Evaluate the scorer on labelled listings.");
        command.Options.Add(input);
        command.Options.Add(report);
        command.Options.Add(sweep);
        command.Options.Add(policy);
        command.Options.Add(termDb);
        command.Options.Add(model);
        command.SetAction(r => Run(console, r.GetValue(input)!, r.GetValue(report), r.GetValue(sweep), r.GetValue(policy), r.GetValue(termDb)!, r.GetValue(model)));
        return command;
    }

    private static int Run(ConsoleStreams console, string inputPath, string? reportPath, bool isSweep, string? policyPath, string termDbPath, string? modelPath)
    {
        RiskPolicy? policy = RiskPolicy.CoalitionBaseline;
        RiskModel? model = RiskModel.Embedded;
        string? error = null;
        List<Term> terms = [];
        List<LabelledListing> items = [];
        bool ok = (policyPath is null || PolicyFile.TryLoad(policyPath, out policy, out error)) &&
            (modelPath is null || TryLoadModel(modelPath, out model, out error)) &&
            TermDatabaseFile.TryLoad(termDbPath, out terms, out error) &&
            LabelledSetReader.TryRead(inputPath, out items, out error);
        if (!ok)
        {
            console.Error.WriteLine($"wildtrace: {error}");
            return ExitCodes.BadArguments;
        }

        // Each value was set by the TryLoad/TryRead that returned true above.
        Evaluator evaluator = new(terms!, new RiskScorer(policy!, model!, TextNormalizer.Default));
        EvalReport result = EvalReport.Build(evaluator.Scan(items!));
        string title = $"WildTrace evaluation: {Path.GetFileName(inputPath)} ({policy!.Name} policy)";
        string markdown = EvalMarkdown.Write(result, title, isSweep);
        EvalCounts all = result.Overall;
        using StreamWriter stdout = new(console.OpenOutput());
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Total} listings: precision {all.Precision:0.000}, recall {all.Recall:0.000}, F1 {all.F1:0.000}, false-positive rate {all.FalsePositiveRate:0.000}"));
        if (isSweep)
        {
            stdout.WriteLine("threshold  precision  recall  fpr");
            foreach ((double threshold, EvalCounts counts) in result.Sweep)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{threshold,9:0.00}  {counts.Precision,9:0.000}  {counts.Recall,6:0.000}  {counts.FalsePositiveRate:0.000}"));
            }
        }

        stdout.Flush();
        if (reportPath is null)
        {
            return ExitCodes.Success;
        }

        try
        {
            Directory.CreateDirectory(reportPath);
            File.WriteAllText(Path.Combine(reportPath, "report.md"), markdown);
            EvalCharts.Write(result, reportPath);
            console.Error.WriteLine($"wildtrace: wrote {Path.Combine(reportPath, "report.md")} and charts");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"wildtrace: {e.Message}");
            return ExitCodes.IoFailure;
        }
    }

    private static bool TryLoadModel(string path, out RiskModel? model, out string? error)
    {
        model = null;
        try
        {
            using FileStream stream = File.OpenRead(path);
            if (RiskModel.TryLoad(stream, out model, out error))
            {
                return true;
            }

            error = $"model file '{path}' is invalid: {error}";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read model file '{path}': {e.Message}";
            return false;
        }
    }
}
