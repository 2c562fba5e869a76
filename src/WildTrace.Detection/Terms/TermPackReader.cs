using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WildTrace.Detection.Terms;

/// <summary>
/// Reads term packs and deltas, verifying them before use: the signature over header and manifest with a trusted key,
/// then the payload's SHA-256 against the signed manifest. A pack that fails any check is refused whole.
/// </summary>
/// <remarks>Stateless and safe to call from any thread. Format and key handling: docs/design/term-packs.md.</remarks>
public static class TermPackReader
{
    /// <summary>The largest pack accepted, in bytes: 256 MiB, some fifty times a million-term pack's payload.</summary>
    public const long MaxPackBytes = 256L * 1024 * 1024;

    /// <summary>Reads and verifies a full term pack.</summary>
    /// <param name="stream">The pack; read to its end, not closed.</param>
    /// <param name="trust">The keys whose signatures are accepted.</param>
    /// <returns>The verified pack.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TermPackException">The pack is truncated, malformed, altered, a delta, or signed by an untrusted key; <see cref="TermPackException.Failure"/> says which.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TermPack Read(Stream stream, TermPackTrust trust)
    {
        (TermPackManifest manifest, string keyId, byte[] bytes, int payloadOffset) = ReadVerified(stream, trust, TermPackManifest.FullKind);
        (SpeciesTable species, Term[] terms, _, _) = TermPackPayload.Decode(bytes.AsSpan(payloadOffset), manifest.PackId);
        return new TermPack(manifest.PackId, manifest.Version, manifest.CreatedAt, keyId, terms.AsReadOnly(), species, manifest.PayloadSha256);
    }

    /// <summary>Reads and verifies a delta; apply it with <see cref="TermPackDelta.Apply(TermPack)"/>.</summary>
    /// <param name="stream">The delta; read to its end, not closed.</param>
    /// <param name="trust">The keys whose signatures are accepted.</param>
    /// <returns>The verified delta.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TermPackException">The delta is truncated, malformed, altered, a full pack, or signed by an untrusted key.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TermPackDelta ReadDelta(Stream stream, TermPackTrust trust)
    {
        (TermPackManifest manifest, string keyId, byte[] bytes, int payloadOffset) = ReadVerified(stream, trust, TermPackManifest.DeltaKind);
        (SpeciesTable species, Term[] added, Term[] changed, string[] retired) = TermPackPayload.Decode(bytes.AsSpan(payloadOffset), manifest.PackId);
        return new TermPackDelta(
            manifest.PackId, manifest.BaseVersion, manifest.Version, manifest.CreatedAt, keyId,
            added.AsReadOnly(), changed.AsReadOnly(), retired.AsReadOnly(), species, manifest.ResultSha256);
    }

    internal static string DigestOf(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    /// <summary>The manifest and key id, NOT verified: for tooling that only needs a version number.</summary>
    internal static (TermPackManifest Manifest, string KeyId)? PeekManifest(byte[] bytes)
    {
        if (!TryParseHeader(bytes, out string keyId, out int manifestLength, out _))
        {
            return null;
        }

        TermPackManifest? manifest = TermPackManifest.TryParse(bytes.AsSpan(TermPackLayout.HeaderLength, manifestLength));
        return manifest is null ? null : (manifest, keyId);
    }

    private static (TermPackManifest Manifest, string KeyId, byte[] Bytes, int PayloadOffset) ReadVerified(Stream stream, TermPackTrust trust, string kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(trust);
        byte[] bytes = ReadBounded(stream);
        int magicLength = Math.Min(bytes.Length, TermPackLayout.Magic.Length);
        if (!bytes.AsSpan(0, magicLength).SequenceEqual(TermPackLayout.Magic[..magicLength]) || bytes.Length == 0)
        {
            throw new TermPackException(TermPackFailure.Malformed, "not a term pack of a format this version reads (expected the WTPACK01 header)");
        }

        if (bytes.Length < TermPackLayout.HeaderLength)
        {
            throw new TermPackException(TermPackFailure.Truncated, "term pack is truncated: it ends inside its header");
        }

        if (!TryParseHeader(bytes, out string keyId, out int manifestLength, out int signatureLength))
        {
            throw new TermPackException(TermPackFailure.Truncated, "term pack is truncated: it ends inside its manifest or signature", keyId: keyId);
        }

        int signedLength = TermPackLayout.HeaderLength + manifestLength;
        if (!trust.TryGetKey(keyId, out ReadOnlySpan<byte> publicKey))
        {
            throw new TermPackException(
                TermPackFailure.UntrustedKey,
                $"term pack is signed with key '{keyId}', which is not trusted (trusted: {string.Join(", ", trust.KeyIds)})",
                keyId: keyId);
        }

        if (!TermPackSignature.Verify(publicKey, bytes.AsSpan(0, signedLength), bytes.AsSpan(signedLength, signatureLength)))
        {
            throw new TermPackException(TermPackFailure.SignatureInvalid, "term pack has an invalid signature: its manifest or signature was altered", keyId: keyId);
        }

        // From here on the manifest is authentic: it was signed by a trusted key.
        TermPackManifest manifest = TermPackManifest.TryParse(bytes.AsSpan(TermPackLayout.HeaderLength, manifestLength))
            ?? throw new TermPackException(TermPackFailure.Malformed, "term pack has a signed manifest this version cannot read", keyId: keyId);
        string packId = manifest.PackId;
        if (!string.Equals(manifest.Kind, kind, StringComparison.Ordinal))
        {
            throw new TermPackException(TermPackFailure.WrongKind, $"'{packId}' is a {manifest.Kind} pack where a {kind} pack was expected", packId, keyId);
        }

        int payloadOffset = signedLength + signatureLength;
        long payloadLength = bytes.Length - payloadOffset;
        if (payloadLength != manifest.PayloadBytes)
        {
            throw payloadLength < manifest.PayloadBytes
                ? new TermPackException(TermPackFailure.Truncated, $"term pack '{packId}' is truncated: {payloadLength} of {manifest.PayloadBytes} payload bytes", packId, keyId)
                : new TermPackException(TermPackFailure.Malformed, $"term pack '{packId}' has {payloadLength - manifest.PayloadBytes} bytes after its payload", packId, keyId);
        }

        if (!string.Equals(DigestOf(bytes.AsSpan(payloadOffset)), manifest.PayloadSha256, StringComparison.Ordinal))
        {
            throw new TermPackException(TermPackFailure.DigestMismatch, $"term pack '{packId}' was altered: its payload does not match the signed SHA-256", packId, keyId);
        }

        return (manifest, keyId, bytes, payloadOffset);
    }

    private static bool TryParseHeader(byte[] bytes, out string keyId, out int manifestLength, out int signatureLength)
    {
        keyId = "";
        manifestLength = signatureLength = 0;
        if (bytes.Length < TermPackLayout.HeaderLength)
        {
            return false;
        }

        keyId = Convert.ToHexStringLower(bytes.AsSpan(TermPackLayout.KeyIdOffset, TermPackLayout.KeyIdLength));
        uint manifest = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(TermPackLayout.ManifestLengthOffset));
        signatureLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(TermPackLayout.SignatureLengthOffset));
        manifestLength = (int)Math.Min(manifest, TermPackLayout.MaxManifestBytes + 1);
        return manifest <= TermPackLayout.MaxManifestBytes && signatureLength <= TermPackLayout.MaxSignatureBytes &&
            (long)TermPackLayout.HeaderLength + manifestLength + signatureLength <= bytes.Length;
    }

    private static byte[] ReadBounded(Stream stream)
    {
        using MemoryStream buffer = stream.CanSeek ? new((int)Math.Min(stream.Length, MaxPackBytes)) : new();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxPackBytes)
            {
                throw new TermPackException(TermPackFailure.Malformed, $"term pack is larger than {MaxPackBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
