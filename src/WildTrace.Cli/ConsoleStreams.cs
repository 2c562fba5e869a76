namespace WildTrace.Cli;

/// <summary>The process's standard streams, replaceable so that tests can drive <c>-</c> (stdin/stdout) in process.</summary>
internal sealed class ConsoleStreams(Func<Stream> openInput, Func<Stream> openOutput, TextWriter error, bool isErrorTerminal)
{
    public static ConsoleStreams System { get; } = new(
        Console.OpenStandardInput, OpenStandardOutput, Console.Error, !Console.IsErrorRedirected);

    public Stream OpenInput() => openInput();

    public Stream OpenOutput() => openOutput();

    public TextWriter Error { get; } = error;

    // On Unix, Console's stdout stream swallows EPIPE, so a scan piped into a reader that quit would carry on and
    // exit 0 having written nothing; a plain FileStream on descriptor 1 reports the broken pipe as an IOException.
    private static Stream OpenStandardOutput() => OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>True when stderr is a terminal, so that progress bars make sense there.</summary>
    public bool IsErrorTerminal { get; } = isErrorTerminal;
}
