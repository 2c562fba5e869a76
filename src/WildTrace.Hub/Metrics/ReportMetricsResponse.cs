namespace WildTrace.Hub.Metrics;

/// <summary>
/// The reporting programme's figures for a period (<see cref="From"/>..<see cref="To"/>, UTC days, null = open): reports
/// filed in it and the cases first reported in it, followed to today. <c>ReportMetrics</c> explains each definition.
/// Rates and durations are null where nothing has been measured yet.
/// </summary>
internal sealed record ReportMetricsResponse(
    int ReportsReceived,
    int Cases,
    int OpenCases,
    int ConfirmedCases,
    int RejectedCases,
    double? Accuracy,
    double? MedianHoursToDecision,
    double? MedianHoursToRemoval,
    int RemovedCases,
    double? AutomaticDecisionShare,
    IReadOnlyList<SpotterAccuracy> Spotters,
    DateOnly? From,
    DateOnly? To,
    DurationSummary TimeToDecision,
    DurationSummary TimeToRemoval,
    int CasesDecidedAutomatically,
    int CasesDecidedByHand,
    IReadOnlyList<PlatformRemoval> Platforms,
    IReadOnlyList<WeeklyReportCount> Weeks);
