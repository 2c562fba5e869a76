namespace WildTrace.Detection.Terms;

/// <summary>
/// A versioned, signed set of approved terms and the species table, as shipped to members; read and verified by
/// <see cref="TermPackReader.Read(Stream, TermPackTrust)"/> and kept current with <see cref="TermPackDelta"/>s.
/// </summary>
/// <remarks>Immutable and safe to share between threads. The format is in docs/design/term-packs.md.</remarks>
public sealed class TermPack
{
    internal TermPack(
        string packId, int version, DateTimeOffset createdAt, string keyId, IReadOnlyList<Term> terms, SpeciesTable species, string payloadSha256)
    {
        PackId = packId;
        Version = version;
        CreatedAt = createdAt;
        KeyId = keyId;
        Terms = terms;
        Species = species;
        PayloadSha256 = payloadSha256;
    }

    /// <summary>The pack's name, the same across versions (e.g. <c>wildtrace-terms</c>).</summary>
    public string PackId { get; }

    /// <summary>The version, from 1, increasing with each release of the pack.</summary>
    public int Version { get; }

    /// <summary>When the pack was built (UTC).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The id of the key that signed it (16 hex digits; see <see cref="TermPackTrust.KeyIds"/>).</summary>
    public string KeyId { get; }

    /// <summary>The approved terms, in ordinal order of <see cref="Term.Id"/>.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The taxa the terms refer to.</summary>
    public SpeciesTable Species { get; }

    /// <summary>Lower-case hex SHA-256 of the canonical payload: equal digests mean equal content.</summary>
    internal string PayloadSha256 { get; }
}
