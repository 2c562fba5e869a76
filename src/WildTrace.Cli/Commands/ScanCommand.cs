using System.CommandLine;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace scan</c>: JSON Lines listings in, one JSON Lines verdict per listing out.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        Command command = new("scan", "Scan JSON Lines listings and write one verdict per line.");
        command.SetAction(_ => ExitCodes.Success);
        return command;
    }
}
