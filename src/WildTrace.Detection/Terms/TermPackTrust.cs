using System.Security.Cryptography;

namespace WildTrace.Detection.Terms;

/// <summary>
/// The public keys whose term packs are accepted, each named by its key id (see docs/design/term-packs.md). Rotation
/// is adding the new key here before packs signed with it ship, and removing the old one once they have.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class TermPackTrust
{
    private readonly Dictionary<string, byte[]> _keys;

    private TermPackTrust(Dictionary<string, byte[]> keys)
    {
        _keys = keys;
        KeyIds = [.. keys.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The ids of the trusted keys, in ordinal order.</summary>
    public IReadOnlyList<string> KeyIds { get; }

    /// <summary>Trusts the given ECDSA P-256 public keys.</summary>
    /// <param name="publicKeysPem">Each a PEM <c>PUBLIC KEY</c> block (SubjectPublicKeyInfo), as <c>wildtrace terms keygen</c> writes.</param>
    /// <returns>The trusted set; its key ids are derived from the keys themselves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicKeysPem"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is not a PEM-encoded ECDSA P-256 public key.</exception>
    public static TermPackTrust FromPem(IEnumerable<string> publicKeysPem)
    {
        ArgumentNullException.ThrowIfNull(publicKeysPem);
        Dictionary<string, byte[]> keys = new(StringComparer.Ordinal);
        foreach (string pem in publicKeysPem)
        {
            using ECDsa key = ECDsa.Create();
            try
            {
                key.ImportFromPem(pem);
            }
            catch (CryptographicException e)
            {
                throw new ArgumentException("Not a PEM-encoded ECDSA public key.", nameof(publicKeysPem), e);
            }

            if (key.KeySize != 256)
            {
                throw new ArgumentException("Term pack keys must be ECDSA P-256.", nameof(publicKeysPem));
            }

            byte[] spki = key.ExportSubjectPublicKeyInfo();
            keys[TermPackSignature.KeyIdOf(spki)] = spki;
        }

        return new TermPackTrust(keys);
    }

    /// <summary>This set plus <paramref name="other"/>'s keys.</summary>
    /// <param name="other">More keys to trust.</param>
    /// <returns>A new set; neither input changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TermPackTrust Union(TermPackTrust other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Dictionary<string, byte[]> keys = new(_keys, StringComparer.Ordinal);
        foreach ((string id, byte[] spki) in other._keys)
        {
            keys[id] = spki;
        }

        return new TermPackTrust(keys);
    }

    internal bool TryGetKey(string keyId, out ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        bool found = _keys.TryGetValue(keyId, out byte[]? spki);
        subjectPublicKeyInfo = spki;
        return found;
    }
}
