namespace WildTrace.Cli;

/// <summary>The process's standard streams, replaceable so that tests can drive <c>-</c> (stdin/stdout) in process.</summary>
internal sealed class ConsoleStreams(Func<Stream> openInput, Func<Stream> openOutput, TextWriter error, bool isErrorTerminal)
{
    public static ConsoleStreams System { get; } = new(
        Console.OpenStandardInput, Console.OpenStandardOutput, Console.Error, !Console.IsErrorRedirected);

    public Stream OpenInput() => openInput();

    public Stream OpenOutput() => openOutput();

    public TextWriter Error { get; } = error;

    /// <summary>True when stderr is a terminal, so that progress bars make sense there.</summary>
    public bool IsErrorTerminal { get; } = isErrorTerminal;
}
