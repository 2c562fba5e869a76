namespace WildTrace.Detection.Terms;

/// <summary>
/// The changes from one version of a term pack to a later one: terms added, terms changed, and ids retired
/// (tombstones), plus the new species table. Much smaller than a full pack, so members stay current cheaply.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class TermPackDelta
{
    internal TermPackDelta(
        string packId, int baseVersion, int version, DateTimeOffset createdAt, string keyId,
        IReadOnlyList<Term> added, IReadOnlyList<Term> changed, IReadOnlyList<string> retiredIds, SpeciesTable species, string resultSha256)
    {
        PackId = packId;
        BaseVersion = baseVersion;
        Version = version;
        CreatedAt = createdAt;
        KeyId = keyId;
        Added = added;
        Changed = changed;
        RetiredIds = retiredIds;
        Species = species;
        ResultSha256 = resultSha256;
    }

    /// <summary>The pack the delta belongs to.</summary>
    public string PackId { get; }

    /// <summary>The version the delta applies to.</summary>
    public int BaseVersion { get; }

    /// <summary>The version applying it produces.</summary>
    public int Version { get; }

    /// <summary>When the delta was built (UTC).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The id of the key that signed it.</summary>
    public string KeyId { get; }

    /// <summary>Terms whose ids are new in <see cref="Version"/>, in ordinal order of id.</summary>
    public IReadOnlyList<Term> Added { get; }

    /// <summary>Terms whose ids exist in <see cref="BaseVersion"/> with other values, as they are now, in ordinal order of id.</summary>
    public IReadOnlyList<Term> Changed { get; }

    /// <summary>Ids of terms removed since <see cref="BaseVersion"/> (retired, or no longer approved): tombstones.</summary>
    public IReadOnlyList<string> RetiredIds { get; }

    /// <summary>The species table of <see cref="Version"/>, whole: it is small.</summary>
    public SpeciesTable Species { get; }

    internal string ResultSha256 { get; }

    /// <summary>Applies the delta, producing version <see cref="Version"/> of the pack.</summary>
    /// <param name="basePack">Version <see cref="BaseVersion"/> of pack <see cref="PackId"/>; not changed.</param>
    /// <returns>The new version, checked against the digest of the full pack the delta was made from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basePack"/> is null.</exception>
    /// <exception cref="TermPackException">
    /// <see cref="TermPackFailure.BaseMismatch"/>: the base is another pack or version;
    /// <see cref="TermPackFailure.DigestMismatch"/>: the result differs from the full pack (the base was not the published one).
    /// </exception>
    public TermPack Apply(TermPack basePack)
    {
        ArgumentNullException.ThrowIfNull(basePack);
        if (!string.Equals(basePack.PackId, PackId, StringComparison.Ordinal) || basePack.Version != BaseVersion)
        {
            throw new TermPackException(
                TermPackFailure.BaseMismatch,
                $"delta '{PackId}' {BaseVersion}->{Version} cannot apply to '{basePack.PackId}' version {basePack.Version}",
                PackId,
                KeyId);
        }

        Dictionary<string, Term> terms = basePack.Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (string id in RetiredIds)
        {
            terms.Remove(id);
        }

        foreach (Term term in Added.Concat(Changed))
        {
            terms[term.Id] = term;
        }

        Term[] result = [.. terms.Values.OrderBy(t => t.Id, StringComparer.Ordinal)];
        string digest = TermPackReader.DigestOf(TermPackPayload.Encode(Species, result, [], []));
        if (!string.Equals(digest, ResultSha256, StringComparison.Ordinal))
        {
            throw new TermPackException(
                TermPackFailure.DigestMismatch,
                $"delta '{PackId}' {BaseVersion}->{Version} did not reproduce version {Version}: the base pack differs from the published one",
                PackId,
                KeyId);
        }

        return new TermPack(PackId, Version, CreatedAt, KeyId, result.AsReadOnly(), Species, digest);
    }
}
