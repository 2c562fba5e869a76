namespace WildTrace.Detection.Terms;

/// <summary>Why a term pack or delta was refused; see <see cref="TermPackException.Failure"/>.</summary>
public enum TermPackFailure
{
    /// <summary>The bytes end before the pack does: an interrupted download or a cut file.</summary>
    Truncated = 0,

    /// <summary>The bytes are not a term pack of a format this version reads (wrong magic, bad manifest, trailing bytes).</summary>
    Malformed = 1,

    /// <summary>The pack names a signing key that is not in the trusted list.</summary>
    UntrustedKey = 2,

    /// <summary>The signature does not verify with the named key: the manifest or signature was altered.</summary>
    SignatureInvalid = 3,

    /// <summary>The payload does not have the SHA-256 digest the signed manifest states: the terms were altered.</summary>
    DigestMismatch = 4,

    /// <summary>A full pack was expected and a delta was given, or the other way round.</summary>
    WrongKind = 5,

    /// <summary>A delta was applied to a pack other than the one it was made from (another id or version).</summary>
    BaseMismatch = 6,
}
