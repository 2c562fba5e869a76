using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scanning;

/// <summary>What <see cref="ListingScanner"/> has found in a listing before the detectors run.</summary>
/// <remarks>Immutable; valid only during the <see cref="IDetector.Detect(Listing, DetectionContext)"/> call it is passed to.</remarks>
public sealed class DetectionContext
{
    internal DetectionContext(NormalizedText title, NormalizedText text, IReadOnlyList<ScanMatch> matches)
    {
        Title = title;
        Text = text;
        Matches = matches;
    }

    /// <summary>The normalised <see cref="Listing.Title"/>.</summary>
    public NormalizedText Title { get; }

    /// <summary>The normalised <see cref="Listing.Text"/>.</summary>
    public NormalizedText Text { get; }

    /// <summary>The term matches, title first, each in field order.</summary>
    public IReadOnlyList<ScanMatch> Matches { get; }
}
