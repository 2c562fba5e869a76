using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Scanning;

/// <summary>
/// The <c>wildtrace scan</c> pipeline: JSON Lines listings in, exactly one JSON Lines verdict per input line out, in
/// input order whatever the thread count. Lines travel in reused batches of ~256 KiB, so memory stays bounded.
/// </summary>
internal static class ScanPipeline
{
    /// <summary>Scans every line of <paramref name="input"/> and writes the verdicts to <paramref name="output"/>.</summary>
    /// <exception cref="IOException">Reading the input or writing the output failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ScanSummary Run(
        Stream input, Stream output, ListingScanner scanner, ScanPipelineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scanner);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLineBytes, 1);

        long started = options.TimeProvider.GetTimestamp();
        using LineReader reader = new(input, options.MaxLineBytes);
        ScanCounts totals = new();
        if (options.Threads == 1)
        {
            RunOnCallingThread(reader, output, scanner, options, totals, cancellationToken);
        }
        else
        {
            ParallelScan.Run(reader, output, scanner, options, totals, cancellationToken);
        }

        output.Flush();
        return new ScanSummary(
            totals.Lines, totals.Errors, totals.Blocked, totals.Reviewed, totals.Allowed,
            reader.BytesRead, options.TimeProvider.GetElapsedTime(started));
    }

    /// <summary>Fills <paramref name="batch"/> with the next lines; false when the input is exhausted.</summary>
    internal static bool Fill(LineReader reader, LineBatch batch)
    {
        while (batch.HasRoom && reader.TryReadLine(out ReadOnlySpan<byte> line, out bool isTooLong, out long number))
        {
            batch.Add(line, number, isTooLong);
        }

        batch.BytesRead = reader.BytesRead;
        return batch.Count > 0;
    }

    internal static void Write(LineBatch batch, Stream output, ScanCounts totals, Action<ScanProgress>? progress)
    {
        output.Write(batch.Output.WrittenSpan);
        totals.Add(batch.Counts);
        progress?.Invoke(new ScanProgress(batch.BytesRead, totals.Lines));
    }

    private static void RunOnCallingThread(
        LineReader reader, Stream output, ListingScanner scanner, ScanPipelineOptions options, ScanCounts totals,
        CancellationToken cancellationToken)
    {
        LineBatch batch = new(options.MaxBatchLines);
        BatchScanner batchScanner = new(scanner, options.MaxLineBytes);
        while (Fill(reader, batch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            batchScanner.Process(batch);
            Write(batch, output, totals, options.Progress);
            batch.Clear();
        }
    }
}
