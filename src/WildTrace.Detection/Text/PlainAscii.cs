using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WildTrace.Detection.Text;

/// <summary>
/// The vectorised fast path of <see cref="WordPass"/>: skips sixteen units at a time of text that the word pass would
/// leave as it is. Most listing text is lower-case ASCII words with single spaces and punctuation; the word pass only
/// acts on digits and leet symbols, single letters (possible split words), repeated spaces and non-ASCII units.
/// </summary>
internal static class PlainAscii
{
    /// <summary>The fewest units from the start index for which <see cref="SkipPlain"/> can look at one block.</summary>
    public const int MinLength = Width + 1;

    private const int Width = 16;

    /// <summary>
    /// Returns the first index at or after <paramref name="from"/> (which must be at least 1) of a unit the word pass
    /// must look at, or of the first unit of the last block when fewer than seventeen units remain.
    /// The caller backs up from there to the start of the word that holds it.
    /// </summary>
    // Hot loop: compiled fully optimised at once, instead of running tier-0 code for the first seconds of a scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SkipPlain(char[] chars, int from, int n)
    {
        if (!Vector256.IsHardwareAccelerated || from < 1)
        {
            return from;
        }

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
        int i = from;
        while (i + Width + 1 <= n)
        {
            Vector256<ushort> previous = Vector256.LoadUnsafe(ref start, (nuint)(i - 1));
            Vector256<ushort> current = Vector256.LoadUnsafe(ref start, (nuint)i);
            Vector256<ushort> next = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
            uint mask = NeedsLook(previous, current, next).ExtractMostSignificantBits();
            if (mask != 0)
            {
                return i + System.Numerics.BitOperations.TrailingZeroCount(mask);
            }

            i += Width;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> NeedsLook(Vector256<ushort> previous, Vector256<ushort> current, Vector256<ushort> next)
    {
        Vector256<ushort> ascii = Vector256.Create((ushort)0x7F);
        Vector256<ushort> space = Vector256.Create((ushort)' ');
        Vector256<ushort> special = Vector256.GreaterThan(current, ascii)
            | Vector256.LessThanOrEqual(current - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
            | Vector256.Equals(current, Vector256.Create((ushort)'@'))
            | Vector256.Equals(current, Vector256.Create((ushort)'$'))
            | Vector256.Equals(current, Vector256.Create((ushort)'!'))
            | Vector256.Equals(current, Vector256.Create((ushort)'|'));

        // A single letter (a letter between two non-letters) may start a split word: "i v o r y".
        Vector256<ushort> single = IsLetter(current) & ~IsLetter(previous) & ~IsLetter(next);

        // A space after a space, or after a non-ASCII unit (an emoji's name already ends in one; Han drops it).
        Vector256<ushort> repeatedSpace = Vector256.Equals(current, space)
            & (Vector256.Equals(previous, space) | Vector256.GreaterThan(previous, ascii));
        return special | single | repeatedSpace;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> IsLetter(Vector256<ushort> units) =>
        Vector256.LessThanOrEqual(units - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
}
