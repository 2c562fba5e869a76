using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Scanning;

/// <summary>One piece of evidence from an <see cref="IDetector"/>.</summary>
/// <param name="Reason">A short explanation for reviewers, e.g. <c>price far below market for real ivory</c>.</param>
/// <param name="Weight">How strongly it suggests an illegal offer, from 0 to 1; values outside are clamped.</param>
public sealed record Finding(string Reason, double Weight)
{
    /// <summary>The listing image and bank entry behind this finding when it comes from an image match; null otherwise.</summary>
    public ImageMatch? Image { get; init; }
}
