namespace WildTrace.Detection.Matching;

/// <summary>
/// 64-bit keys of a word and of each word obtained by deleting one unit from it, from one prefix-hash pass
/// (a polynomial hash lets a deletion be computed from two prefix sums, so a token allocates no strings).
/// Collisions are harmless: every hit is verified with <see cref="EditDistance"/>.
/// </summary>
internal static class DeletionKeys
{
    private const ulong Base = 0x100000001B3; // FNV-1a 64-bit prime: odd, so multiplication mod 2^64 is invertible.
    private static readonly ulong[] s_powers = BuildPowers(64);

    /// <summary>Fills <paramref name="prefix"/>[k] with the hash of the first k units; it needs word.Length + 1 slots.</summary>
    public static void Prefix(ReadOnlySpan<char> word, Span<ulong> prefix)
    {
        prefix[0] = 0;
        for (int k = 0; k < word.Length; k++)
        {
            prefix[k + 1] = unchecked((prefix[k] * Base) + word[k] + 1);
        }
    }

    /// <summary>The key of the word of length <paramref name="length"/> with unit <paramref name="deleted"/> removed
    /// (-1: nothing removed).</summary>
    public static ulong Without(ReadOnlySpan<ulong> prefix, int length, int deleted)
    {
        unchecked
        {
            if (deleted < 0)
            {
                return Finish(prefix[length], length);
            }

            ulong tailPower = s_powers[length - 1 - deleted];
            ulong head = prefix[deleted] * tailPower;
            ulong tail = prefix[length] - (prefix[deleted + 1] * tailPower);
            return Finish(head + tail, length - 1);
        }
    }

    // One multiply and a fold, so that the low bits (bucket index) depend on every unit too. A full avalanche
    // (SplitMix64's three rounds) cost a third of the fuzzy pass, which runs n + 1 of these per word.
    private static ulong Finish(ulong hash, int length)
    {
        unchecked
        {
            ulong z = (hash ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15;
            return z ^ (z >> 32);
        }
    }

    private static ulong[] BuildPowers(int count)
    {
        ulong[] powers = new ulong[count];
        powers[0] = 1;
        for (int i = 1; i < count; i++)
        {
            powers[i] = unchecked(powers[i - 1] * Base);
        }

        return powers;
    }
}
