namespace WildTrace.Detection.Imaging;

/// <summary>A listing image found near a banked picture.</summary>
/// <param name="Index">The image's position in <see cref="Scanning.Listing.Images"/>, from 0.</param>
/// <param name="Hash">The listing image's PDQ hash (precomputed, or computed from its bytes).</param>
/// <param name="Match">The nearest banked hash, its labels and the distance to <paramref name="Hash"/>.</param>
public sealed record ImageMatch(int Index, PdqHash Hash, HashBankMatch Match);
