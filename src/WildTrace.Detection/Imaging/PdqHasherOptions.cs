namespace WildTrace.Detection.Imaging;

/// <summary>Options for <see cref="PdqHasher"/>: the EXIF policy and the limits on untrusted input.</summary>
public sealed record PdqHasherOptions
{
    /// <summary>The options used when none are given.</summary>
    public static PdqHasherOptions Default { get; } = new();

    /// <summary>Whether EXIF orientation is applied before hashing. Default <see cref="ExifOrientationPolicy.Ignore"/>, as ThreatExchange.</summary>
    public ExifOrientationPolicy ExifOrientation { get; init; } = ExifOrientationPolicy.Ignore;

    /// <summary>
    /// The largest encoded image accepted, in bytes. Default 100 MiB, HMA's limit for a fetched file
    /// (<c>MAX_REMOTE_FILE_SIZE</c>).
    /// </summary>
    public long MaxImageBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// The most pixels (width times height) an image may declare; larger ones are refused before decoding, so a small
    /// file cannot expand into gigabytes. Default 100 million: a 12-megapixel phone photo has ample room, and the
    /// decoded 8-bit RGB buffer stays under 300 MB.
    /// </summary>
    public long MaxPixels { get; init; } = 100_000_000;
}
