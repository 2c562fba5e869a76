using System.CommandLine;

namespace WildTrace.Cli.Tests.Hashing;

/// <summary>Runs the real command line with captured stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CliRun Of(params string[] args)
    {
        StringWriter output = new();
        StringWriter error = new();
        ParseResult parsed = WildTraceCommand.Create().Parse(args);
        int code = parsed.Errors.Count > 0
            ? ExitCodes.BadArguments
            : parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
