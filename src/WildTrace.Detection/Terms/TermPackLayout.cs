namespace WildTrace.Detection.Terms;

/// <summary>
/// The byte layout of a pack file (docs/design/term-packs.md): a fixed header, the manifest (JSON), the signature, then
/// the payload. The key id sits in the fixed header so that the signature is checked before any JSON is parsed.
/// </summary>
internal static class TermPackLayout
{
    /// <summary>"WTPACK" and a format byte pair; a reader refuses other formats rather than guessing.</summary>
    public static ReadOnlySpan<byte> Magic => "WTPACK01"u8;

    public const int KeyIdOffset = 8;
    public const int KeyIdLength = 8;
    public const int ManifestLengthOffset = 16; // uint32, little-endian
    public const int SignatureLengthOffset = 20; // uint16, little-endian
    public const int HeaderLength = 22;

    public const int MaxManifestBytes = 64 * 1024; // a manifest is ~400 bytes; anything larger is not ours
    public const int MaxSignatureBytes = 256; // P-256 P1363 is 64 bytes; room for another algorithm later
}
