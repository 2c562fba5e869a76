namespace WildTrace.Detection.Scanning;

/// <summary>A detector that threw while scanning a listing; the host decides whether to log or alert.</summary>
/// <param name="Detector">The detector's type name.</param>
/// <param name="Exception">What it threw.</param>
public sealed record DetectorFailure(string Detector, Exception Exception);
