using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// A 256-bit PDQ perceptual hash. Two hashes of the same picture differ in few bits; PDQ's published match threshold is
/// a Hamming distance of at most 31 (<see cref="MatchThresholdBits"/>).
/// </summary>
/// <remarks>
/// The text form is ThreatExchange's: 64 lower-case hex digits, the 256-bit big-endian integer whose bit <c>k</c> is the
/// hash bit for DCT coefficient <c>(k / 16, k % 16)</c>. So the first digit holds bits 255..252 and the last bits 3..0.
/// Values are immutable and safe to share across threads.
/// </remarks>
public readonly record struct PdqHash
{
    /// <summary>PDQ's published match threshold in bits: hashes at most this far apart are the same picture.</summary>
    public const int MatchThresholdBits = 31;

    /// <summary>The number of bits in a hash.</summary>
    public const int Bits = 256;

    // Bits 0..63 are in W0, 192..255 in W3; the hex text prints W3 first.
    internal PdqHash(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        W0 = w0;
        W1 = w1;
        W2 = w2;
        W3 = w3;
    }

    internal ulong W0 { get; }

    internal ulong W1 { get; }

    internal ulong W2 { get; }

    internal ulong W3 { get; }

    /// <summary>The number of bits set, 0 to 256. A hash from <see cref="PdqHasher"/> has at most 128.</summary>
    public int PopCount =>
        BitOperations.PopCount(W0) + BitOperations.PopCount(W1) + BitOperations.PopCount(W2) + BitOperations.PopCount(W3);

    /// <summary>The Hamming distance to <paramref name="other"/>: the number of differing bits, 0 to 256.</summary>
    /// <param name="other">The hash to compare with.</param>
    /// <returns>The number of bit positions where the two hashes differ.</returns>
    public int DistanceTo(PdqHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1) +
        BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    /// <summary>Parses 64 hex digits (either case, no prefix or separators) in ThreatExchange's order.</summary>
    /// <param name="text">The hex text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not 64 hex digits.</exception>
    public static PdqHash Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out PdqHash hash)
            ? hash
            : throw new FormatException("A PDQ hash is 64 hexadecimal digits.");
    }

    /// <summary>Parses 64 hex digits (either case, no prefix or separators) in ThreatExchange's order.</summary>
    /// <param name="text">The hex text; null or anything else gives false.</param>
    /// <param name="hash">The hash, or the all-zero hash when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> was a valid hash.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PdqHash hash) =>
        TryParse(text.AsSpan(), out hash) && text is not null;

    /// <summary>Parses 64 hex digits (either case, no prefix or separators) in ThreatExchange's order.</summary>
    /// <param name="text">The hex text.</param>
    /// <param name="hash">The hash, or the all-zero hash when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> was a valid hash.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PdqHash hash)
    {
        hash = default;
        if (text.Length != 64)
        {
            return false;
        }

        Span<ulong> words = stackalloc ulong[4];
        for (int i = 0; i < 4; i++)
        {
            // Word 3 comes first in the text; NumberStyles.AllowHexSpecifier rejects signs, spaces and "0x".
            if (!ulong.TryParse(text.Slice(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out words[3 - i]))
            {
                return false;
            }
        }

        hash = new PdqHash(words[0], words[1], words[2], words[3]);
        return true;
    }

    /// <summary>The 64 lower-case hex digits, as ThreatExchange prints them.</summary>
    /// <returns>The hex text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{W3:x16}{W2:x16}{W1:x16}{W0:x16}");

    internal ulong Word(int index) => index switch
    {
        0 => W0,
        1 => W1,
        2 => W2,
        _ => W3,
    };

    internal static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        Span<ulong> words = stackalloc ulong[4];
        for (int k = 0; k < Bits; k++)
        {
            if (bits[k])
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }
}
