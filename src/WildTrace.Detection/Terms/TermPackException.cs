namespace WildTrace.Detection.Terms;

/// <summary>A term pack or delta was refused: corrupt, truncated, tampered with, or signed by an untrusted key.</summary>
/// <remarks>Nothing of a refused pack is used: the caller keeps the terms it had.</remarks>
public sealed class TermPackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the pack was refused.</param>
    /// <param name="message">One sentence for people, e.g. <c>term pack has an invalid signature</c>.</param>
    /// <param name="packId">The pack's id when the manifest could be read; null otherwise.</param>
    /// <param name="keyId">The signing key id the pack names, when known; null otherwise.</param>
    public TermPackException(TermPackFailure failure, string message, string? packId = null, string? keyId = null)
        : base(message)
    {
        Failure = failure;
        PackId = packId;
        KeyId = keyId;
    }

    /// <summary>Why the pack was refused.</summary>
    public TermPackFailure Failure { get; }

    /// <summary>The pack's id (e.g. <c>wildtrace-terms</c>) when its manifest could be read; null otherwise.</summary>
    public string? PackId { get; }

    /// <summary>The id of the key the pack claims to be signed with, when known; null otherwise.</summary>
    public string? KeyId { get; }
}
