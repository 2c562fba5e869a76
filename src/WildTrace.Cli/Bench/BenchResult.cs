namespace WildTrace.Cli.Bench;

/// <summary>One case's median timing over the run's repetitions: wall-clock <see cref="Seconds"/>, and
/// <see cref="CpuSeconds"/>, the process's CPU time over the same runs, which a machine shared with other jobs
/// disturbs far less (time slices taken by others count in the first, not the second).</summary>
internal sealed record BenchResult(
    string Name, int Listings, long Utf8Bytes, double Seconds, double CpuSeconds, long Matches, bool IsExtrapolated,
    double? BuildSeconds, long? BuildBytes)
{
    public double MegabytesPerSecond => Utf8Bytes / 1e6 / Seconds;

    public double MegabytesPerCpuSecond => Utf8Bytes / 1e6 / CpuSeconds;

    public double ListingsPerSecond => Listings / Seconds;
}
