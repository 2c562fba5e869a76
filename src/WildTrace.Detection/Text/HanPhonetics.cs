using System.Text;

namespace WildTrace.Detection.Text;

/// <summary>
/// The homophone view of normalised text: every Han character with a known Mandarin reading is replaced by one
/// private-use character per toned syllable, so that a homophone substitution (象芽 for 象牙) has the same key as the
/// term. The key has exactly the length of its input, so spans in it are spans in the normalised text.
/// </summary>
/// <remarks>Readings are Unihan kMandarin (the customary reading of each character; Debian unicode-data 15.0, see
/// data/generated/text/SOURCES.md). One reading per character means polyphones (行 xíng/háng) take their first
/// reading. Immutable and thread-safe.</remarks>
internal static class HanPhonetics
{
    /// <summary>The first private-use unit of the key alphabet; syllable id i is <c>KeyBase + i</c>.</summary>
    public const char KeyBase = '\uE000';

    private static readonly Lazy<(ushort[] SyllableOf, string[] Syllables)> s_readings = new(Load);

    /// <summary>The number of distinct toned syllables (about 1,400).</summary>
    public static int SyllableCount => s_readings.Value.Syllables.Length;

    /// <summary>True when <paramref name="normalized"/> holds at least one Han character with a known reading.</summary>
    public static bool HasHan(ReadOnlySpan<char> normalized)
    {
        ushort[] syllableOf = s_readings.Value.SyllableOf;
        foreach (char c in normalized)
        {
            if (syllableOf[c] != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the phonetic key of <paramref name="normalized"/>: same length, Han replaced by syllable keys.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="normalized"/> is null.</exception>
    public static string ToPhoneticKey(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ushort[] syllableOf = s_readings.Value.SyllableOf;
        return string.Create(normalized.Length, normalized, (key, text) =>
        {
            for (int i = 0; i < text.Length; i++)
            {
                ushort id = syllableOf[text[i]];
                key[i] = id == 0 ? text[i] : (char)(KeyBase + id - 1);
            }
        });
    }

    /// <summary>The toned syllable of <paramref name="han"/> in numbered pinyin ("xiang4"), or null when unknown.</summary>
    public static string? ReadingOf(char han)
    {
        (ushort[] syllableOf, string[] syllables) = s_readings.Value;
        return syllableOf[han] == 0 ? null : syllables[syllableOf[han] - 1];
    }

    /// <summary>
    /// Spells the Han characters of <paramref name="normalized"/> in toneless pinyin, one syllable per character, and
    /// keeps everything else. <paramref name="separator"/> goes between adjacent syllables: "象牙" → "xiang ya" or
    /// "xiangya". ü is written u, as the normaliser folds it.
    /// </summary>
    public static string ToPinyin(string normalized, string separator)
    {
        StringBuilder builder = new(normalized.Length * 4);
        bool wasSyllable = false;
        foreach (char c in normalized)
        {
            string? reading = ReadingOf(c);
            if (reading is null)
            {
                builder.Append(c);
                wasSyllable = false;
                continue;
            }

            if (wasSyllable)
            {
                builder.Append(separator);
            }

            foreach (char letter in reading.AsSpan(0, reading.Length - 1))
            {
                builder.Append(letter == 'v' ? 'u' : letter);
            }

            wasSyllable = true;
        }

        return builder.ToString();
    }

    private static (ushort[] SyllableOf, string[] Syllables) Load()
    {
        ushort[] syllableOf = new ushort[0x10000];
        List<string> syllables = [];
        foreach (string line in TextData.ReadLines("mandarin.txt"))
        {
            // "xiang4\t象像向…": one line per toned syllable, ids in file order (sorted by the generator).
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            syllables.Add(line[..tab]);
            foreach (char c in line.AsSpan(tab + 1))
            {
                syllableOf[c] = (ushort)syllables.Count;
            }
        }

        return (syllableOf, [.. syllables]);
    }
}
