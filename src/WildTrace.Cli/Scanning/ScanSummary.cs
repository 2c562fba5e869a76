using System.Globalization;

namespace WildTrace.Cli.Scanning;

/// <summary>What a finished scan did: line and verdict counts, bytes read and time taken.</summary>
internal sealed record ScanSummary(long Lines, long Errors, long Blocked, long Reviewed, long Allowed, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Input megabytes (10^6 bytes) per second of wall time.</summary>
    public double MegabytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Lines} listings: {Blocked} block, {Reviewed} review, {Allowed} allow, {Errors} errors; " +
        $"{Bytes / 1e6:0.0} MB in {Elapsed.TotalSeconds:0.00} s ({MegabytesPerSecond:0.0} MB/s)");
}
