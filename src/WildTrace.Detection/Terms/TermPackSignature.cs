using System.Security.Cryptography;

namespace WildTrace.Detection.Terms;

/// <summary>
/// ECDSA P-256 with SHA-256 over the pack's header and manifest (docs/design/term-packs.md). Signatures are in the
/// IEEE P1363 form (r || s, 64 bytes), the .NET default, so no DER parsing is involved.
/// </summary>
internal static class TermPackSignature
{
    private const int KeyIdBytes = 8; // 64 bits of the key's SHA-256: names a key among a handful, not a security bound

    /// <summary>The key id: lower-case hex of the first 8 bytes of SHA-256 over the SubjectPublicKeyInfo (DER).</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo)[..KeyIdBytes]);

    public static string KeyIdOf(ECDsa key) => KeyIdOf(key.ExportSubjectPublicKeyInfo());

    public static byte[] Sign(ECDsa privateKey, ReadOnlySpan<byte> signedBytes)
    {
        if (privateKey.KeySize != 256)
        {
            throw new ArgumentException("Term packs are signed with ECDSA P-256 keys.", nameof(privateKey));
        }

        return privateKey.SignData(signedBytes, HashAlgorithmName.SHA256);
    }

    public static bool Verify(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signature)
    {
        // A fresh ECDsa per check: instances are not documented as thread-safe, and import costs microseconds.
        using ECDsa key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        return key.VerifyData(signedBytes, signature, HashAlgorithmName.SHA256);
    }

    /// <summary>Creates a new P-256 signing key (for <c>wildtrace terms keygen</c> and tests).</summary>
    public static ECDsa CreateKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);
}
