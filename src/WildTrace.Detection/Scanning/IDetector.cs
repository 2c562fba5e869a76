namespace WildTrace.Detection.Scanning;

/// <summary>
/// A source of evidence beyond term matches (price anomalies, image hashes, seller history), plugged into
/// <see cref="ListingScanner"/> through <see cref="ScanOptions.Detectors"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe: one scanner serves many threads. A detector that throws is recorded
/// in <see cref="ScanResult.Failures"/> and the scan goes on without its findings.</remarks>
public interface IDetector
{
    /// <summary>Examines one listing.</summary>
    /// <param name="listing">The listing being scanned.</param>
    /// <param name="context">What the scan has found so far: the normalised fields and the term matches.</param>
    /// <returns>The evidence found; empty when none. Each finding raises the score by its weight.</returns>
    IReadOnlyList<Finding> Detect(Listing listing, DetectionContext context);
}
