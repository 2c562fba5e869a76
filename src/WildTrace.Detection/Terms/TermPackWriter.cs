using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WildTrace.Detection.Terms;

/// <summary>Builds signed pack and delta files (the reverse of <see cref="TermPackReader"/>); used by <c>wildtrace terms pack</c>.</summary>
internal static class TermPackWriter
{
    /// <summary>Writes a full pack of <paramref name="terms"/> (put into canonical order: ordinal by id).</summary>
    public static void WritePack(
        Stream output, string packId, int version, DateTimeOffset createdAt, IEnumerable<Term> terms, SpeciesTable species, ECDsa signingKey)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Term[] sorted = [.. terms.OrderBy(t => t.Id, StringComparer.Ordinal)];
        byte[] payload = TermPackPayload.Encode(species, sorted, [], []);
        TermPackManifest manifest = new()
        {
            PackId = packId, Kind = TermPackManifest.FullKind, Version = version, CreatedAt = createdAt.ToUniversalTime(),
            TermCount = sorted.Length, PayloadBytes = payload.Length, PayloadSha256 = TermPackReader.DigestOf(payload),
        };
        Write(output, manifest, payload, signingKey);
    }

    /// <summary>Writes the delta that turns <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static void WriteDelta(Stream output, TermPack from, TermPack to, DateTimeOffset createdAt, ECDsa signingKey)
    {
        if (!string.Equals(from.PackId, to.PackId, StringComparison.Ordinal) || to.Version <= from.Version)
        {
            throw new ArgumentException($"A delta goes from a version of a pack to a later version of the same pack; got '{from.PackId}' {from.Version} -> '{to.PackId}' {to.Version}.");
        }

        Dictionary<string, Term> before = from.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        HashSet<string> after = new(to.Terms.Select(t => t.Id), StringComparer.Ordinal);
        Term[] added = [.. to.Terms.Where(t => !before.ContainsKey(t.Id))];
        Term[] changed = [.. to.Terms.Where(t => before.TryGetValue(t.Id, out Term? old) && old != t)];
        string[] retired = [.. from.Terms.Select(t => t.Id).Where(id => !after.Contains(id))];
        byte[] payload = TermPackPayload.Encode(to.Species, added, changed, retired);
        TermPackManifest manifest = new()
        {
            PackId = to.PackId, Kind = TermPackManifest.DeltaKind, Version = to.Version, BaseVersion = from.Version,
            CreatedAt = createdAt.ToUniversalTime(), TermCount = added.Length + changed.Length, PayloadBytes = payload.Length,
            PayloadSha256 = TermPackReader.DigestOf(payload), ResultSha256 = to.PayloadSha256,
        };
        Write(output, manifest, payload, signingKey);
    }

    private static void Write(Stream output, TermPackManifest manifest, byte[] payload, ECDsa signingKey)
    {
        byte[] manifestBytes = manifest.ToUtf8();
        byte[] signed = new byte[TermPackLayout.HeaderLength + manifestBytes.Length];
        TermPackLayout.Magic.CopyTo(signed);
        Convert.FromHexString(TermPackSignature.KeyIdOf(signingKey)).CopyTo(signed, TermPackLayout.KeyIdOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(signed.AsSpan(TermPackLayout.ManifestLengthOffset), (uint)manifestBytes.Length);
        // The signature length is part of the signed header, so it is written before signing: P-256 P1363 is always 64.
        int signatureLength = signingKey.GetMaxSignatureSize(DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        BinaryPrimitives.WriteUInt16LittleEndian(signed.AsSpan(TermPackLayout.SignatureLengthOffset), (ushort)signatureLength);
        manifestBytes.CopyTo(signed, TermPackLayout.HeaderLength);
        byte[] signature = TermPackSignature.Sign(signingKey, signed);
        if (signature.Length != signatureLength)
        {
            throw new InvalidOperationException("The signature length differs from the key's fixed-size format.");
        }

        output.Write(signed);
        output.Write(signature);
        output.Write(payload);
    }
}
