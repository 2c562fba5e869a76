namespace WildTrace.Hub.Metrics;

/// <summary>
/// How long something took across <see cref="Count"/> cases, in hours: the median (the typical case) and the 90th
/// percentile (the slow tail a platform or the review desk is held to). Both null when nothing was measured.
/// </summary>
internal sealed record DurationSummary(int Count, double? MedianHours, double? P90Hours)
{
    public static DurationSummary From(IEnumerable<TimeSpan> durations)
    {
        double[] hours = [.. durations.Select(d => d.TotalHours).Order()];
        return new DurationSummary(hours.Length, Median(hours), Percentile90(hours));
    }

    /// <summary>The middle value, or the mean of the two middle values for an even count (the textbook median).</summary>
    private static double? Median(double[] sorted) =>
        sorted.Length == 0 ? null
        : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
        : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>
    /// Nearest rank: the smallest value with at least 90% of the values at or below it. Unlike interpolation it is always
    /// a duration some case really took, and with fewer than ten cases it is the slowest one, which is the honest answer.
    /// </summary>
    private static double? Percentile90(double[] sorted) =>
        sorted.Length == 0 ? null : sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1];
}
