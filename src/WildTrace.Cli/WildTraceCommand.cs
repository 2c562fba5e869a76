using System.CommandLine;
using WildTrace.Cli.Commands;

namespace WildTrace.Cli;

/// <summary>The root of the <c>wildtrace</c> command line: parses, dispatches to one verb, maps failures to exit codes.</summary>
internal static class WildTraceCommand
{
    public static RootCommand Create() => Create(ConsoleStreams.System);

    /// <summary>Creates the command line on the given standard streams, so that tests can run it in process.</summary>
    public static RootCommand Create(ConsoleStreams console)
    {
        RootCommand root = new(
            "WildTrace: find illegal wildlife trade in online listings.\n\n" +
            "Exit codes: 0 success; 1 I/O failure; 2 bad arguments or input that cannot be used.");
        root.Subcommands.Add(ScanCommand.Create(console));
        root.Subcommands.Add(TermsCommand.Create(console));
        root.Subcommands.Add(HashCommand.Create());
        root.Subcommands.Add(HashesCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        return root;
    }

    public static int Run(string[] args) => Run(args, ConsoleStreams.System);

    public static int Run(string[] args, ConsoleStreams console)
    {
        ParseResult parsed = Create(console).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line per problem, and exit code 2 (System.CommandLine's default is 1, which we keep for I/O failures).
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                console.Error.WriteLine($"wildtrace: {error.Message}");
            }

            return ExitCodes.BadArguments;
        }

        return parsed.Invoke();
    }
}
