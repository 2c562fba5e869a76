using System.Globalization;
using System.Runtime.CompilerServices;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Decides where a term may start and end. A match must not begin or end inside a word of a script that separates
/// words with spaces; in scripts written without spaces any position is a boundary. See docs/design/matcher.md.
/// </summary>
internal static class WordBoundaries
{
    // One bit per UTF-16 unit: 8 KiB, built once. Surrogates are not word units, so a supplementary character
    // (emoji, rare Han) never blocks a boundary; that is what we want for both.
    private static readonly ulong[] s_isWordUnit = BuildTable();

    /// <summary>
    /// True when <paramref name="c"/> is a letter, mark or digit of a script that separates words with spaces
    /// (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, …), so that a term may not start or end next to it.
    /// </summary>
    // Inlined, with an ASCII fast path that touches no table: the fuzzy pass calls this for every unit of the text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordUnit(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : (s_isWordUnit[c >> 6] & (1UL << c)) != 0;

    /// <summary>True when a match may start or end at <paramref name="index"/> of <paramref name="text"/>.</summary>
    /// <remarks>Only two word units of spaced scripts side by side make a non-boundary: "ivory|coast" is not a
    /// boundary, "ivory|," and "ivory|象牙" are, and so is every position inside "象牙手镯".</remarks>
    public static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index <= 0 || index >= text.Length || !IsWordUnit(text[index - 1]) || !IsWordUnit(text[index]);

    /// <summary>True for the scripts written without spaces between words, where a term is a plain substring.</summary>
    /// <remarks>Hangul is here on purpose: Korean attaches particles to nouns (상아를, "ivory" + object particle) and
    /// compounds nouns without spaces (코끼리상아), so a word-boundary rule would miss most real Korean listings.</remarks>
    public static bool IsUnspacedScript(char c) => c switch
    {
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u0F00' and <= '\u0FFF' => true, // Tibetan
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1100' and <= '\u11FF' => true, // Hangul Jamo
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u19E0' and <= '\u19FF' => true, // Khmer symbols
        >= '\u2E80' and <= '\u2FDF' => true, // CJK radicals, Kangxi
        >= '\u3000' and <= '\u9FFF' => true, // CJK punctuation, kana, Bopomofo, Hangul compatibility jamo, Han
        >= '\uA000' and <= '\uA4CF' => true, // Yi
        >= '\uA960' and <= '\uA97F' => true, // Hangul Jamo Extended-A
        >= '\uA9E0' and <= '\uA9FF' => true, // Myanmar Extended-B
        >= '\uAA60' and <= '\uAA7F' => true, // Myanmar Extended-A
        >= '\uAC00' and <= '\uD7FF' => true, // Hangul syllables, Jamo Extended-B
        >= '\uF900' and <= '\uFAFF' => true, // CJK compatibility ideographs
        >= '\uFF66' and <= '\uFFDC' => true, // half-width katakana and Hangul
        _ => false,
    };

    private static ulong[] BuildTable()
    {
        ulong[] table = new ulong[65536 / 64];
        for (int i = 0; i < 65536; i++)
        {
            char c = (char)i;
            if (IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) && !IsUnspacedScript(c))
            {
                table[i >> 6] |= 1UL << i;
            }
        }

        return table;
    }

    // Unlike regex \w, '_' is not a word unit: sellers join words with it ("ivory_bangle") to dodge filters.
    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber;
}
