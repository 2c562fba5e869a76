namespace WildTrace.Cli;

/// <summary>The process exit codes, listed in <c>wildtrace --help</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int IoFailure = 1;
    public const int BadArguments = 2;
}
