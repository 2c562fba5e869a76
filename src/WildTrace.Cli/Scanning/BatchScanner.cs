using System.Buffers;
using System.Globalization;
using System.Text.Json;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scanning.Json;

namespace WildTrace.Cli.Scanning;

/// <summary>Turns every line of a <see cref="LineBatch"/> into one output line: a verdict, or an error that says why.</summary>
/// <remarks>One per worker thread; the <see cref="ListingScanner"/> it wraps is shared.</remarks>
internal sealed class BatchScanner(ListingScanner scanner, int maxLineBytes)
{
    public void Process(LineBatch batch)
    {
        using Utf8JsonWriter writer = new(batch.Output, VerdictWriter.Options);
        for (int i = 0; i < batch.Count; i++)
        {
            ReadOnlySpan<byte> line = batch.GetLine(i, out long number, out bool isTooLong);
            if (isTooLong)
            {
                VerdictWriter.WriteError(writer, null, Error(number, $"longer than {maxLineBytes} bytes"));
                batch.Counts.AddError();
            }
            else if (line.Trim(" \t"u8).IsEmpty)
            {
                VerdictWriter.WriteError(writer, null, Error(number, "blank line"));
                batch.Counts.AddError();
            }
            else if (!ListingParser.TryParse(line, out Listing? listing, out string? id, out string? error))
            {
                VerdictWriter.WriteError(writer, id, Error(number, error!)); // TryParse sets error when it fails
                batch.Counts.AddError();
            }
            else
            {
                ScanResult result = scanner.Scan(listing!); // TryParse sets listing when it succeeds
                VerdictWriter.WriteResult(writer, result);
                batch.Counts.Add(result.Verdict);
            }

            writer.Flush();
            batch.Output.Write("\n"u8);
            writer.Reset();
        }
    }

    private static string Error(long line, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}: {message}");
}
