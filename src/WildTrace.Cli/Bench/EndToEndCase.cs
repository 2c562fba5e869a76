using System.Diagnostics;
using System.Text;
using System.Text.Json;
using WildTrace.Cli.Scanning;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Bench;

/// <summary>
/// The whole <c>wildtrace scan</c> path on one thread: JSON Lines parse, normalise, match, score and write, over the
/// same listings as the matcher-only cases. Each listing becomes <c>{"id":…,"text":…}</c>; MB/s counts the listing
/// text's UTF-8 bytes (as every case does), not the JSON framing around it.
/// </summary>
internal sealed class EndToEndCase(string name, TermMatcherOptions options, ScanOptions scanOptions) : BenchCase
{
    private byte[] _jsonLines = [];
    private int[] _lineEnds = [];
    private ListingScanner? _scanner;

    public override string Name => name;

    public override void Prepare(BenchInput input)
    {
        using MemoryStream buffer = new();
        _lineEnds = new int[input.Listings.Count];
        for (int i = 0; i < input.Listings.Count; i++)
        {
            using (Utf8JsonWriter writer = new(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("id", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"L{i}"));
                writer.WriteString("text", input.Listings[i]);
                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            _lineEnds[i] = checked((int)buffer.Length);
        }

        _jsonLines = buffer.ToArray();
        long started = Stopwatch.GetTimestamp();
        _scanner = new ListingScanner(TermMatcher.Create(input.Terms, options), scanOptions);
        BuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public override long Run(int count)
    {
        ListingScanner scanner = _scanner ?? throw new InvalidOperationException("Prepare first.");
        int length = count == 0 ? 0 : _lineEnds[count - 1];
        using MemoryStream input = new(_jsonLines, 0, length, writable: false);
        ScanSummary summary = ScanPipeline.Run(input, Stream.Null, scanner, ScanPipelineOptions.Default, CancellationToken.None);
        Debug.Assert(summary.Lines == count, "one verdict per listing");
        return summary.Blocked + summary.Reviewed;
    }
}
