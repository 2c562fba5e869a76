using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Scanning;

/// <summary>One picture of a <see cref="Listing"/>: where it is, its precomputed PDQ hash, or both.</summary>
/// <remarks>Immutable. When <see cref="Pdq"/> is set, image detectors use it and never open <see cref="Location"/>;
/// an image with neither is kept only so that indexes line up with the platform's image list.</remarks>
public sealed record ListingImage
{
    /// <summary>The image's address as the platform gave it (a URL or a local path); null when only the hash is known.</summary>
    public string? Location { get; init; }

    /// <summary>The image's PDQ hash when the platform computed it already; null otherwise.</summary>
    public PdqHash? Pdq { get; init; }
}
