using System.CommandLine;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace bench</c>: matcher-only and end-to-end throughput against baselines in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        Command command = new("bench", "Measure matcher and end-to-end scan throughput.");
        command.SetAction(_ => ExitCodes.Success);
        return command;
    }
}
