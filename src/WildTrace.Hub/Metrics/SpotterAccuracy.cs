namespace WildTrace.Hub.Metrics;

/// <summary>One registered spotter's record: reports filed, and how many of the decided ones analysts confirmed.</summary>
internal sealed record SpotterAccuracy(long UserId, int Reports, int Decided, int Confirmed, double? Accuracy);
