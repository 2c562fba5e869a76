namespace WildTrace.Detection.Imaging;

/// <summary>
/// The eight rotations and reflections of a picture, in ThreatExchange's order (<c>pdq-photo-hasher --pdqdih</c>).
/// </summary>
public enum PdqDihedral
{
    /// <summary>The picture as stored.</summary>
    Original = 0,

    /// <summary>Rotated 90 degrees.</summary>
    Rotate90 = 1,

    /// <summary>Rotated 180 degrees.</summary>
    Rotate180 = 2,

    /// <summary>Rotated 270 degrees.</summary>
    Rotate270 = 3,

    /// <summary>Mirrored top to bottom (about the horizontal axis).</summary>
    FlipX = 4,

    /// <summary>Mirrored left to right (about the vertical axis).</summary>
    FlipY = 5,

    /// <summary>Mirrored about the main diagonal (transposed).</summary>
    FlipPlus1 = 6,

    /// <summary>Mirrored about the anti-diagonal.</summary>
    FlipMinus1 = 7,
}
