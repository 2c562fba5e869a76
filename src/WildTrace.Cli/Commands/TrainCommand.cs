using System.CommandLine;
using System.Globalization;
using WildTrace.Cli.Evaluation;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace train</c>: fits the risk model on the labelled train split, calibrates it on dev, and writes
/// the compact model file that Detection embeds (data/generated/scoring/model.json; rebuild to embed it).</summary>
internal static class TrainCommand
{
    public static Command Create() => Create(ConsoleStreams.System);

    public static Command Create(ConsoleStreams console)
    {
        Option<string> train = new("--train") { Description = "Labelled JSON Lines to fit the weights on.", DefaultValueFactory = _ => "data/labelled/train.jsonl" };
        Option<string> dev = new("--dev") { Description = "Labelled JSON Lines to calibrate on.", DefaultValueFactory = _ => "data/labelled/dev.jsonl" };
        Option<string> termDb = new("--term-db") { Description = "Term database folder (data/terms).", DefaultValueFactory = _ => "data/terms" };
        Option<string> output = new("--output", "-o") { Description = "Where to write the model.", DefaultValueFactory = _ => "data/generated/scoring/model.json" };
        Option<int> seed = new("--seed") { Description = "Random seed of the trainer.", DefaultValueFactory = _ => 1 };
        Command command = new("train", "Train and calibrate the risk model from labelled listings.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(termDb);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction(r => Run(console, r.GetValue(train)!, r.GetValue(dev)!, r.GetValue(termDb)!, r.GetValue(output)!, r.GetValue(seed)));
        return command;
    }

    // Listings with no counted species term are out of the model's scope (RiskScorer allows them), so they are left out.
    private static List<(float[], bool)> Rows(Evaluator evaluator, List<LabelledListing> items) =>
        [.. items.Select(i => (Features: evaluator.Features(i.Listing), i.IsProhibited))
            .Where(r => r.Features is not null)
            .Select(r => (Array.ConvertAll(r.Features!, v => (float)v), r.IsProhibited))]; // null rows were filtered out

    private static int Run(ConsoleStreams console, string trainPath, string devPath, string termDbPath, string outputPath, int seed)
    {
        if (!TermDatabaseFile.TryLoad(termDbPath, out List<Term> terms, out string? error) ||
            !LabelledSetReader.TryRead(trainPath, out List<LabelledListing> trainItems, out error) ||
            !LabelledSetReader.TryRead(devPath, out List<LabelledListing> devItems, out error))
        {
            console.Error.WriteLine($"wildtrace: {error}");
            return ExitCodes.BadArguments;
        }

        Evaluator evaluator = new(terms, RiskScorer.Default);
        List<(float[], bool)> trainRows = Rows(evaluator, trainItems);
        List<(float[], bool)> devRows = Rows(evaluator, devItems);
        TrainedModel model = ModelTrainer.Train(trainRows, devRows, seed);
        string json = ModelTrainer.ToJson(model, trainRows.Count, devRows.Count);

        // The exported file must reproduce ML.NET's calibrated probabilities; check it before writing.
        using MemoryStream stream = new(System.Text.Encoding.UTF8.GetBytes(json));
        if (!RiskModel.TryLoad(stream, out RiskModel? exported, out error))
        {
            console.Error.WriteLine($"wildtrace: exported model does not load: {error}");
            return ExitCodes.IoFailure;
        }

        double worst = 0;
        for (int i = 0; i < devRows.Count; i++)
        {
            double ours = exported!.Predict(Array.ConvertAll(devRows[i].Item1, v => (double)v));
            worst = Math.Max(worst, Math.Abs(ours - model.DevProbabilities[i]));
        }

        File.WriteAllText(outputPath, json);
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wildtrace: trained on {trainRows.Count}, calibrated on {devRows.Count}: dev AUC {model.DevAuc:0.0000}, log-loss {model.DevLogLoss:0.0000}; export matches ML.NET within {worst:0.0e0}; wrote {outputPath}"));
        return ExitCodes.Success;
    }
}
