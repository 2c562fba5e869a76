namespace WildTrace.Hub.Metrics;

/// <summary>
/// The reporting programme's figures since the hub started: volumes, accuracy (confirmed ÷ decided, per report), median
/// hours from first report to decision and from routing to removal, and the share of decisions made automatically.
/// Null where nothing has been measured yet.
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
    IReadOnlyList<SpotterAccuracy> Spotters);
