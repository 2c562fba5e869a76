namespace WildTrace.Detection.Scanning;

/// <summary>The scores at which a listing is held for review or blocked.</summary>
/// <remarks>Immutable. <see cref="Review"/> must not exceed <see cref="Block"/>; both lie in [0, 1].</remarks>
public sealed record ScanThresholds
{
    /// <summary>The thresholds used when none are given.</summary>
    public static ScanThresholds Default { get; } = new();

    /// <summary>The lowest score that yields <see cref="ScanVerdict.Review"/>. Default 0.4: one mid-weight term, such as
    /// a bare species name, is worth a human look.</summary>
    public double Review { get; init; } = 0.4;

    /// <summary>The lowest score that yields <see cref="ScanVerdict.Block"/>. Default 0.8: one product name such as
    /// <c>rhino horn</c> (weight 0.9), or two mid-weight terms together.</summary>
    public double Block { get; init; } = 0.8;
}
