using System.Text;
using WildTrace.Cli;

namespace WildTrace.Cli.Tests.Support;

/// <summary>Standard streams in memory: stdin from a string, stdout and stderr captured.</summary>
internal sealed class FakeConsole : IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly StringWriter _error = new();

    public FakeConsole(string input = "")
    {
        Streams = new ConsoleStreams(() => new MemoryStream(Encoding.UTF8.GetBytes(input)), () => _output, _error, isErrorTerminal: false);
    }

    public ConsoleStreams Streams { get; }

    /// <summary>What was written to stdout (readable after the command disposed the stream).</summary>
    public string Output => Encoding.UTF8.GetString(_output.ToArray());

    public string Error => _error.ToString();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
    }
}
