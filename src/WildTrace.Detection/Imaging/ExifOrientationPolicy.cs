namespace WildTrace.Detection.Imaging;

/// <summary>Whether the EXIF orientation tag is honoured before hashing.</summary>
public enum ExifOrientationPolicy
{
    /// <summary>Hash the pixels as stored, like every ThreatExchange implementation. Keeps hashes shareable.</summary>
    Ignore = 0,

    /// <summary>Rotate or mirror the pixels as the EXIF tag says first, so the hash is of the picture a viewer sees.</summary>
    Apply = 1,
}
