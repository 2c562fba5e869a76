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

    /// <summary>The risk scorer that turns matches, signals and findings into a calibrated probability and a
    /// policy verdict (its policy's thresholds then replace <see cref="Thresholds"/>). Default null: the score is
    /// <c>1 - Π(1 - weight)</c> over the distinct matched terms and findings, judged by <see cref="Thresholds"/>.</summary>
    public Scoring.RiskScorer? Scorer { get; init; }

    /// <summary>Extra detectors run on every listing after term matching, in order. Default none.</summary>
    public IReadOnlyList<IDetector> Detectors { get; init; } = [];
}
