using System.Buffers;
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
        byte[] buffer = ReadBounded(stream, trust, out int length);
        try
        {
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, length);
            (TermPackManifest manifest, string keyId, int payloadOffset) = Verify(bytes, trust, TermPackManifest.FullKind);
            (SpeciesTable species, Term[] terms, _, _) = TermPackPayload.Decode(bytes[payloadOffset..], manifest.PackId);
            return new TermPack(manifest.PackId, manifest.Version, manifest.CreatedAt, keyId, terms.AsReadOnly(), species, manifest.PayloadSha256);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
        byte[] buffer = ReadBounded(stream, trust, out int length);
        try
        {
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, length);
            (TermPackManifest manifest, string keyId, int payloadOffset) = Verify(bytes, trust, TermPackManifest.DeltaKind);
            (SpeciesTable species, Term[] added, Term[] changed, string[] retired) = TermPackPayload.Decode(bytes[payloadOffset..], manifest.PackId);
            return new TermPackDelta(
                manifest.PackId, manifest.BaseVersion, manifest.Version, manifest.CreatedAt, keyId,
                added.AsReadOnly(), changed.AsReadOnly(), retired.AsReadOnly(), species, manifest.ResultSha256);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

    private static (TermPackManifest Manifest, string KeyId, int PayloadOffset) Verify(ReadOnlySpan<byte> bytes, TermPackTrust trust, string kind)
    {
        int magicLength = Math.Min(bytes.Length, TermPackLayout.Magic.Length);
        if (!bytes[..magicLength].SequenceEqual(TermPackLayout.Magic[..magicLength]) || bytes.Length == 0)
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

        if (!TermPackSignature.Verify(publicKey, bytes[..signedLength], bytes.Slice(signedLength, signatureLength)))
        {
            throw new TermPackException(TermPackFailure.SignatureInvalid, "term pack has an invalid signature: its manifest or signature was altered", keyId: keyId);
        }

        // From here on the manifest is authentic: it was signed by a trusted key.
        TermPackManifest manifest = TermPackManifest.TryParse(bytes.Slice(TermPackLayout.HeaderLength, manifestLength))
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

        if (!string.Equals(DigestOf(bytes[payloadOffset..]), manifest.PayloadSha256, StringComparison.Ordinal))
        {
            throw new TermPackException(TermPackFailure.DigestMismatch, $"term pack '{packId}' was altered: its payload does not match the signed SHA-256", packId, keyId);
        }

        return (manifest, keyId, payloadOffset);
    }

    private static bool TryParseHeader(ReadOnlySpan<byte> bytes, out string keyId, out int manifestLength, out int signatureLength)
    {
        keyId = "";
        manifestLength = signatureLength = 0;
        if (bytes.Length < TermPackLayout.HeaderLength)
        {
            return false;
        }

        keyId = Convert.ToHexStringLower(bytes.Slice(TermPackLayout.KeyIdOffset, TermPackLayout.KeyIdLength));
        uint manifest = BinaryPrimitives.ReadUInt32LittleEndian(bytes[TermPackLayout.ManifestLengthOffset..]);
        signatureLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[TermPackLayout.SignatureLengthOffset..]);
        manifestLength = (int)Math.Min(manifest, TermPackLayout.MaxManifestBytes + 1);
        return manifest <= TermPackLayout.MaxManifestBytes && signatureLength <= TermPackLayout.MaxSignatureBytes &&
            (long)TermPackLayout.HeaderLength + manifestLength + signatureLength <= bytes.Length;
    }

    // The bytes go into a pooled buffer, returned once decoded: a fresh multi-megabyte array per load would land on the
    // large object heap and cost a gen-2 collection every few loads (bench TermPackBenchmarks).
    private static byte[] ReadBounded(Stream stream, TermPackTrust trust, out int length)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(trust);
        long expected = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(expected + 1, MaxPackBytes + 1));
        length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length > MaxPackBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new TermPackException(TermPackFailure.Malformed, $"term pack is larger than {MaxPackBytes} bytes");
            }

            if (length == buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, MaxPackBytes + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return buffer;
    }
}
