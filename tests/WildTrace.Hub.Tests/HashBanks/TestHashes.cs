using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.Tests.HashBanks;

/// <summary>Seeded random PDQ hashes, and copies of them with a known number of bits flipped.</summary>
internal static class TestHashes
{
    public static string Random(int seed)
    {
        Random random = new(seed);
        byte[] bytes = new byte[32];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Flips the low bit of the first <paramref name="bits"/> hex digits: exactly that Hamming distance away.</summary>
    public static string Flip(string hash, int bits)
    {
        char[] digits = hash.ToCharArray();
        for (int i = 0; i < bits; i++)
        {
            int value = Convert.ToInt32(digits[i].ToString(), 16) ^ 1;
            digits[i] = "0123456789abcdef"[value];
        }

        string flipped = new(digits);
        System.Diagnostics.Debug.Assert(PdqHash.Parse(flipped).DistanceTo(PdqHash.Parse(hash)) == bits);
        return flipped;
    }
}
