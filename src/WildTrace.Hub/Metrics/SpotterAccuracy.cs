namespace WildTrace.Hub.Metrics;

/// <summary>
/// One registered spotter's record: reports filed, and how many of the decided ones analysts confirmed. The display
/// name is for the coalition's analysts (the only readers of metrics); the id stays so a name change does not split a
/// record.
/// </summary>
internal sealed record SpotterAccuracy(long UserId, int Reports, int Decided, int Confirmed, double? Accuracy, string DisplayName);
