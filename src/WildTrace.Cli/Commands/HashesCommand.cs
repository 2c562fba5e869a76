using System.CommandLine;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace hashes import|export|match</c>: manage and query PDQ hash banks.</summary>
internal static class HashesCommand
{
    public static Command Create()
    {
        Command command = new("hashes", "Import, export and match PDQ hash banks.");
        command.SetAction(_ => ExitCodes.Success);
        return command;
    }
}
