namespace WildTrace.Hub.Metrics;

/// <summary>
/// What one platform did with the confirmed cases routed to it: how many it removed, judged not violating, or found
/// already gone (the rest are waiting), and the median hours from routing to removal.
/// </summary>
internal sealed record PlatformRemoval(string Platform, int Routed, int Removed, int NotViolating, int AlreadyGone, double? MedianHoursToRemoval);
