namespace WildTrace.Detection.Imaging;

/// <summary>Options for <see cref="ImageMatchDetector"/>: how images are opened, how near counts as a match, and the
/// limits that bound the work one listing can cause.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ImageMatchOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ImageMatchOptions Default { get; } = new();

    /// <summary>
    /// Opens an image by its <see cref="Scanning.ListingImage.Location"/>, supplied by the host (the detection library
    /// never touches the file system or the network). Return null for a location the host will not open (a remote URL,
    /// say): the image is reported as not checked. An <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> is reported the same way for that image alone. The detector disposes
    /// the stream. Default null: only precomputed hashes are checked. Must be thread-safe.
    /// </summary>
    public Func<string, Stream?>? OpenImage { get; init; }

    /// <summary>The hasher for opened images; its byte and pixel limits apply. Default <see cref="PdqHasher.Default"/>.</summary>
    public PdqHasher Hasher { get; init; } = PdqHasher.Default;

    /// <summary>The largest Hamming distance that counts as a match, 0 to 256. Default 31, PDQ's published threshold.</summary>
    public int MaxDistance { get; init; } = PdqHash.MatchThresholdBits;

    /// <summary>How many images of one listing are checked; later ones are reported as not checked. Default 16: real
    /// listings show a handful, and each opened image costs a decode.</summary>
    public int MaxImagesPerListing { get; init; } = 16;

    /// <summary>Opened images whose PDQ quality is below this are not matched, 0 to 100. Default 50, PDQ's advice: flat or
    /// tiny pictures hash to mostly noise and would match unrelated pictures.</summary>
    public int MinQuality { get; init; } = 50;

    /// <summary>How many opened locations the detector remembers, so each is hashed once however many listings repeat it.
    /// Beyond this, new locations are hashed every time. Default 65,536 (a few MB).</summary>
    public int MaxCachedImages { get; init; } = 65_536;
}
