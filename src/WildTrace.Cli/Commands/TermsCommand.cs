using System.CommandLine;
using System.Text;
using WildTrace.Cli.Scanning;
using WildTrace.Cli.Terms;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Commands;

/// <summary>
/// <c>wildtrace terms validate|stats|import|export|pack|delta|keygen</c>: curate the term database in data/ and build
/// the signed term packs made from it (data/terms/README.md, docs/design/term-packs.md).
/// </summary>
/// <remarks>
/// Exit codes: 0 success; 1 <c>validate</c> found defects, or a file could not be written; 2 bad arguments or unusable
/// input (an invalid database for <c>pack</c>, a missing signing key, an import that clashes).
/// </remarks>
internal static class TermsCommand
{
    /// <summary><c>validate</c>'s "defects found": 1, as linters use, so scripts can tell defects from bad arguments (2).</summary>
    public const int DefectsFound = 1;

    public static Command Create(ConsoleStreams console) => Create(console, TimeProvider.System);

    public static Command Create(ConsoleStreams console, TimeProvider time)
    {
        Command command = new("terms", "Validate, count, import, export and pack the term database (data/species, data/terms).");
        command.Subcommands.Add(Validate(console));
        command.Subcommands.Add(Stats(console));
        command.Subcommands.Add(Import(console, time));
        command.Subcommands.Add(Export(console));
        command.Subcommands.Add(Pack(console, time));
        command.Subcommands.Add(Delta(console, time));
        command.Subcommands.Add(Keygen(console));
        return command;
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The data folder holding species/species.tsv and terms/<lang>.tsv.",
        DefaultValueFactory = _ => TermDataFolder.DefaultPath,
    };

    private static Option<string?> KeyOption() => new("--key")
    {
        Description = $"PEM private key that signs packs; default ${PackSigningKey.EnvironmentVariable}, else ~/.config/wildtrace/pack-signing-key.pem.",
    };

    private static Option<string[]> TrustKeyOption() => new("--trust-key")
    {
        Description = "Also trust packs signed with this PEM public key (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command Validate(ConsoleStreams console)
    {
        Option<string> data = DataOption();
        Command command = new("validate", "Check the database; print 'file:line: message' per defect; exit 1 when there is any.") { data };
        command.SetAction(parse => Guard(console, () =>
        {
            TermDatabase database = TermDataFolder.Read(parse.GetValue(data)!);
            using StreamWriter output = Writer(console);
            foreach (TermDatabaseError error in database.Errors)
            {
                output.WriteLine(error.ToString());
            }

            console.Error.WriteLine($"wildtrace: {database.Terms.Count} terms, {database.Species.Count} taxa, {database.Errors.Count} defects");
            return database.IsValid ? ExitCodes.Success : DefectsFound;
        }));
        return command;
    }

    private static Command Stats(ConsoleStreams console)
    {
        Option<string> data = DataOption();
        Option<bool> json = new("--json") { Description = "Print a JSON object instead of tables." };
        Command command = new("stats", "Count terms by language, kind and taxon, and show the thinnest language x taxon cells.") { data, json };
        command.SetAction(parse => Guard(console, () =>
        {
            TermDatabase database = TermDataFolder.Read(parse.GetValue(data)!);
            TermStatistics stats = TermStatistics.Of(database);
            using Stream stream = console.OpenOutput();
            if (parse.GetValue(json))
            {
                stats.WriteJson(stream);
            }
            else
            {
                using StreamWriter writer = new(stream, new UTF8Encoding(false), leaveOpen: true);
                TermStatisticsTable.Write(writer, stats);
            }

            if (!database.IsValid)
            {
                console.Error.WriteLine($"wildtrace: the database has {database.Errors.Count} defects; run 'wildtrace terms validate'");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Import(ConsoleStreams console, TimeProvider time)
    {
        Argument<string> file = new("file") { Description = "A term list in the interchange format: .csv or .json (data/terms/README.md)." };
        Option<string> data = DataOption();
        Option<TermStatus?> status = new("--status") { Description = "Give every imported term this status (e.g. Proposed, for review) instead of the file's." };
        Command command = new("import", "Add the terms of a CSV or JSON term list to data/terms/<lang>.tsv.") { file, data, status };
        command.SetAction(parse => Guard(console, () => TermImport.Run(console, parse.GetValue(file)!, parse.GetValue(data)!, parse.GetValue(status), time)));
        return command;
    }

    private static Command Export(ConsoleStreams console)
    {
        Option<string> data = DataOption();
        Option<string> output = new("--output", "-o") { Description = "File to write (.csv or .json); '-' for stdout.", DefaultValueFactory = _ => "-" };
        Option<TermListFormat> format = new("--format") { Description = "Csv or Json; default from the output's extension, else Csv." };
        Command command = new("export", "Write the whole database as a CSV or JSON term list (the interchange format).") { data, output, format };
        command.SetAction(parse => Guard(console, () =>
        {
            TermDatabase database = TermDataFolder.Read(parse.GetValue(data)!);
            string path = parse.GetValue(output)!;
            TermListFormat chosen = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format)
                : TermListFile.FormatOf(path) == TermListFormat.Json ? TermListFormat.Json : TermListFormat.Csv;
            using Stream stream = path == "-" ? console.OpenOutput() : File.Create(path);
            TermInterchange.Export(stream, database.Terms, chosen);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Pack(ConsoleStreams console, TimeProvider time)
    {
        Option<string> data = DataOption();
        Option<string?> output = new("--output", "-o") { Description = "Pack file to write; default DATA/packs/wildtrace-terms.pack." };
        Option<int?> version = new("--version") { Description = "Pack version; default the existing output's version + 1, else 1." };
        Option<string?> key = KeyOption();
        Command command = new("pack", "Validate data/ and build a signed term pack of its approved terms.") { data, output, version, key };
        command.SetAction(parse => Guard(console, () => TermPackBuild.Pack(
            console, parse.GetValue(data)!, parse.GetValue(output), parse.GetValue(version), parse.GetValue(key), time)));
        return command;
    }

    private static Command Delta(ConsoleStreams console, TimeProvider time)
    {
        Argument<string> from = new("from") { Description = "The older pack." };
        Argument<string> to = new("to") { Description = "The newer pack." };
        Option<string> output = new("--output", "-o") { Description = "Delta file to write.", Required = true };
        Option<string[]> trust = TrustKeyOption();
        Option<string?> key = KeyOption();
        Command command = new("delta", "Build a signed delta (added, changed, retired terms) from one pack version to a later one.") { from, to, output, trust, key };
        command.SetAction(parse => Guard(console, () => TermPackBuild.Delta(
            console, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(output)!, parse.GetValue(trust) ?? [], parse.GetValue(key), time)));
        return command;
    }

    private static Command Keygen(ConsoleStreams console)
    {
        Option<string?> key = KeyOption();
        Option<string> publicFolder = new("--public-out") { Description = "Folder for the public key, named <key id>.pem.", DefaultValueFactory = _ => Path.Combine("data", "packs", "keys") };
        Command command = new("keygen", "Make a new ECDSA P-256 pack signing key (private part outside the repository).") { key, publicFolder };
        command.SetAction(parse => Guard(console, () => TermPackBuild.Keygen(console, parse.GetValue(key), parse.GetValue(publicFolder)!)));
        return command;
    }

    // The CLI boundary for file errors: one line on stderr and exit 1, never a stack trace.
    private static int Guard(ConsoleStreams console, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"wildtrace: {e.Message}");
            return ExitCodes.IoFailure;
        }
    }

    private static StreamWriter Writer(ConsoleStreams console) => new(console.OpenOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
}
