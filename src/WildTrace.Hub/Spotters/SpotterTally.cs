using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// A spotter's record over some reports: how many they filed, how many analysts have decided, how many were confirmed,
/// and accuracy = confirmed ÷ decided (per report; null while nothing is decided). The same definition as
/// <c>Metrics/ReportMetrics</c>: a case is decided once it leaves <see cref="CaseStatus.Open"/>, and confirmed when it
/// is <see cref="CaseStatus.Confirmed"/> or <see cref="CaseStatus.Escalated"/>; a platform's later outcome does not
/// change it (the analyst's judgement is what the spotter is measured against).
/// </summary>
internal sealed record SpotterTally(int Reports, int Decided, int Confirmed, double? Accuracy)
{
    public static SpotterTally Empty { get; } = new(0, 0, 0, null);

    public static bool IsDecided(CaseStatus status) => status != CaseStatus.Open;

    public static bool IsConfirmed(CaseStatus status) => status is CaseStatus.Confirmed or CaseStatus.Escalated;

    /// <summary>The tally of reports whose cases are in <paramref name="statuses"/> (one entry per report).</summary>
    public static SpotterTally Of(IEnumerable<CaseStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        int reports = 0, decided = 0, confirmed = 0;
        foreach (CaseStatus status in statuses)
        {
            reports++;
            decided += IsDecided(status) ? 1 : 0;
            confirmed += IsConfirmed(status) ? 1 : 0;
        }

        return new SpotterTally(reports, decided, confirmed, decided == 0 ? null : (double)confirmed / decided);
    }
}
