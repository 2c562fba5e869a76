using System.CommandLine;
using System.Globalization;
using WildTrace.Cli.Hashing;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace hashes import|export|match|bench</c>: manage and query PDQ hash banks.</summary>
internal static class HashesCommand
{
    public static Command Create()
    {
        Command command = new("hashes", "Import, export and match PDQ hash banks (CSV: pdq_hash,species,product,source,confidence).");
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateExport());
        command.Subcommands.Add(CreateMatch());
        command.Subcommands.Add(CreateBench());
        return command;
    }

    private static Option<string> BankOption() => new("--bank") { Description = "The hash bank file.", Required = true };

    private static Command CreateImport()
    {
        Option<string> bank = BankOption();
        Argument<string[]> csvFiles = new("csv") { Description = "CSV files of hashes and labels; '-' reads stdin.", Arity = ArgumentArity.OneOrMore };
        Command command = new("import", "Add hashes from CSV to a bank file, creating it if needed.");
        command.Options.Add(bank);
        command.Arguments.Add(csvFiles);
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            string bankPath = parseResult.GetRequiredValue(bank);
            HashBank target = HashBank.Empty;
            if (File.Exists(bankPath))
            {
                if (!BankFile.TryLoad(bankPath, out HashBank? existing, out string? loadError))
                {
                    error.WriteLine($"wildtrace: {loadError}");
                    return ExitCodes.IoFailure;
                }

                target = existing;
            }

            List<HashBankEntry> added = [];
            foreach (string csv in parseResult.GetValue(csvFiles) ?? [])
            {
                int code = ReadCsv(csv, added, error);
                if (code != ExitCodes.Success)
                {
                    return code;
                }
            }

            target = target.Add(added);
            if (!BankFile.TrySave(target, bankPath, out string? saveError))
            {
                error.WriteLine($"wildtrace: {saveError}");
                return ExitCodes.IoFailure;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {added.Count} hashes; {bankPath} holds {target.Count}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport()
    {
        Option<string> bank = BankOption();
        Command command = new("export", "Write a bank's hashes and labels to stdout as CSV.");
        command.Options.Add(bank);
        command.SetAction(parseResult =>
        {
            if (!BankFile.TryLoad(parseResult.GetRequiredValue(bank), out HashBank? loaded, out string? loadError))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"wildtrace: {loadError}");
                return ExitCodes.IoFailure;
            }

            HashCsv.Write(parseResult.InvocationConfiguration.Output, loaded.Entries);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateMatch()
    {
        Option<string> bank = BankOption();
        Option<int> maxDistance = new("--max-distance")
        {
            Description = "Largest Hamming distance reported (default 31, PDQ's threshold).",
            DefaultValueFactory = _ => PdqHash.MatchThresholdBits,
        };
        Argument<string[]> images = new("images") { Description = "Image files or directories.", Arity = ArgumentArity.OneOrMore };
        Command command = new("match", "Hash images and print every bank entry within the distance: path,hash,quality,match,distance,species,product,source,confidence.");
        command.Options.Add(bank);
        command.Options.Add(maxDistance);
        command.Arguments.Add(images);
        command.SetAction(parseResult =>
        {
            TextWriter error = parseResult.InvocationConfiguration.Error;
            int distance = parseResult.GetValue(maxDistance);
            if (distance is < 0 or > PdqHash.Bits)
            {
                error.WriteLine("wildtrace: --max-distance must be from 0 to 256");
                return ExitCodes.BadArguments;
            }

            if (!BankFile.TryLoad(parseResult.GetRequiredValue(bank), out HashBank? loaded, out string? loadError))
            {
                error.WriteLine($"wildtrace: {loadError}");
                return ExitCodes.IoFailure;
            }

            return ImageMatcher.Run(loaded, parseResult.GetValue(images) ?? [], distance, parseResult.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static Command CreateBench()
    {
        Option<int> count = new("--count") { Description = "Random hashes in the bank (default 1,000,000).", DefaultValueFactory = _ => 1_000_000 };
        Option<int> queries = new("--queries") { Description = "Indexed queries timed (default 1000).", DefaultValueFactory = _ => 1000 };
        Option<int> bruteQueries = new("--brute-queries") { Description = "Brute-force queries timed (default 20).", DefaultValueFactory = _ => 20 };
        Option<string?> images = new("--images") { Description = "Instead, time decode+hash of the images in this folder against ImageMagick." };
        Option<int> rounds = new("--rounds") { Description = "Rounds over the images (default 5).", DefaultValueFactory = _ => 5 };
        Option<string> convert = new("--convert") { Description = "ImageMagick's convert for the baseline (default: convert on PATH).", DefaultValueFactory = _ => "convert" };
        Command command = new("bench", "Measure bank query latency against a brute-force scan, or image hashing against ImageMagick.");
        command.Options.Add(count);
        command.Options.Add(queries);
        command.Options.Add(bruteQueries);
        command.Options.Add(images);
        command.Options.Add(rounds);
        command.Options.Add(convert);
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(images) is { } folder)
            {
                return ImageBenchmark.Run(folder, Math.Max(1, parseResult.GetValue(rounds)), parseResult.GetRequiredValue(convert), output, parseResult.InvocationConfiguration.Error);
            }

            int n = parseResult.GetValue(count);
            int q = parseResult.GetValue(queries);
            if (n < 1 || q < 1)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("wildtrace: --count and --queries must be positive");
                return ExitCodes.BadArguments;
            }

            return IndexBenchmark.Run(n, q, Math.Clamp(parseResult.GetValue(bruteQueries), 1, q), PdqHash.MatchThresholdBits, output);
        });
        return command;
    }

    private static int ReadCsv(string path, List<HashBankEntry> into, TextWriter error)
    {
        try
        {
            using TextReader reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : File.OpenText(path);
            if (!HashCsv.TryRead(reader, out List<HashBankEntry>? entries, out string? csvError))
            {
                error.WriteLine($"wildtrace: {path}: {csvError}");
                return ExitCodes.BadArguments;
            }

            into.AddRange(entries);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"wildtrace: {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
            return ExitCodes.IoFailure;
        }
    }
}
