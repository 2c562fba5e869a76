namespace WildTrace.Detection.Imaging;

/// <summary>
/// The PDQ hashes of a picture in all eight orientations (<see cref="PdqDihedral"/>), derived from one transform.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// These approximate hashing the rotated pixels: PDQ does not promise exact rotational invariance, and on some pictures
/// the gap is tens of bits. Match a query's variants against a bank, not the bank's variants against each other.
/// </remarks>
public sealed class PdqDihedralHashes
{
    private readonly PdqHash[] _hashes;

    internal PdqDihedralHashes(PdqHash[] hashes, int quality)
    {
        _hashes = hashes;
        Quality = quality;
    }

    /// <summary>The quality of the picture, 0 to 100, shared by all orientations.</summary>
    public int Quality { get; }

    /// <summary>All eight hashes, indexed by <see cref="PdqDihedral"/>.</summary>
    public IReadOnlyList<PdqHash> All => _hashes;

    /// <summary>The hash of the picture in one orientation.</summary>
    /// <param name="orientation">The orientation.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orientation"/> is not defined.</exception>
    public PdqHash this[PdqDihedral orientation] =>
        (uint)orientation < (uint)_hashes.Length ? _hashes[(int)orientation] : throw new ArgumentOutOfRangeException(nameof(orientation));
}
