using System.Text;
using WildTrace.Cli.Scanning;

namespace WildTrace.Cli.Tests.Scanning;

public sealed class LineReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Agrees_with_a_naive_split_on_random_lines_and_read_sizes(int maxReadBytes)
    {
        Random random = new(42);
        const int maxLineBytes = 300;
        List<string> lines = [];
        for (int i = 0; i < 2000; i++)
        {
            int length = random.Next(10) == 0 ? random.Next(maxLineBytes, 3 * maxLineBytes) : random.Next(0, maxLineBytes);
            lines.Add(new string((char)('a' + (i % 26)), length) + (random.Next(4) == 0 ? "\r" : ""));
        }

        lines[^1] += "z"; // a file ending in "\n" has no empty last line, so the last line must not be empty
        string text = string.Join("\n", lines) + (random.Next(2) == 0 ? "\n" : "");
        using ChunkedStream stream = new(Encoding.UTF8.GetBytes(text), maxReadBytes, random);
        using LineReader reader = new(stream, maxLineBytes);

        List<(long, string?)> actual = [];
        while (reader.TryReadLine(out ReadOnlySpan<byte> line, out bool isTooLong, out long number))
        {
            actual.Add((number, isTooLong ? null : Encoding.UTF8.GetString(line)));
        }

        List<(long, string?)> expected = [.. lines.Select((l, i) =>
        {
            string content = l.TrimEnd('\r');
            return ((long)i + 1, content.Length > maxLineBytes ? null : content);
        })];
        Assert.Equal(expected, actual);
        Assert.Equal(text.Length, reader.BytesRead);
    }

    /// <summary>Returns at most a random number of bytes per read, as pipes and sockets do.</summary>
    private sealed class ChunkedStream(byte[] data, int maxReadBytes, Random random) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, random.Next(1, maxReadBytes + 1)));
    }
}
