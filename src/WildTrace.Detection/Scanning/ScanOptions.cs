using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scanning;

/// <summary>Options for <see cref="ListingScanner"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ScanOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ScanOptions Default { get; } = new();

    /// <summary>The normaliser applied to listing text; it must be the one the term matcher was built with.
    /// Default <see cref="TextNormalizer.Default"/>, as for <see cref="Matching.TermMatcherOptions"/>.</summary>
    public TextNormalizer Normalizer { get; init; } = TextNormalizer.Default;

    /// <summary>Where scores turn into verdicts. Default <see cref="ScanThresholds.Default"/>.</summary>
    public ScanThresholds Thresholds { get; init; } = ScanThresholds.Default;

    /// <summary>Extra detectors run on every listing after term matching, in order. Default none.</summary>
    public IReadOnlyList<IDetector> Detectors { get; init; } = [];
}
