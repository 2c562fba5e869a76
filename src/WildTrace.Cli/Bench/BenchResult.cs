namespace WildTrace.Cli.Bench;

/// <summary>One case's median timing over the run's repetitions.</summary>
internal sealed record BenchResult(
    string Name, int Listings, long Utf8Bytes, double Seconds, long Matches, bool IsExtrapolated,
    double? BuildSeconds, long? BuildBytes)
{
    public double MegabytesPerSecond => Utf8Bytes / 1e6 / Seconds;

    public double ListingsPerSecond => Listings / Seconds;
}
