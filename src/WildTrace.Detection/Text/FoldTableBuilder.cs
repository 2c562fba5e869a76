using System.Buffers;
using System.Globalization;
using System.Text;

namespace WildTrace.Detection.Text;

/// <summary>
/// Computes <see cref="FoldTable"/>: for each BMP unit, NFKC (ICU) → full case folding (CaseFolding.txt C+F) → NFKC
/// → Latin diacritics removed → letters that do not decompose (đ, ø, ł) → Latin look-alikes inside Latin (ı, ɑ) →
/// traditional → simplified Han. See docs/design/normalization.md for why the steps run in this order.
/// </summary>
internal static class FoldTableBuilder
{
    // Latin letters with a stroke or hook do not decompose under NFD, so removing marks misses them.
    private const string StrokeLetters = "đdðdħhıiłlŀløoŧtƀbƈcɗdƒfɠgƙkƚlɲnƥpʂsƭtʋvƴyƶzȥzɇeɉjɍrɏyȼcȿsɀzɨiʉuᵽpɵoƌdɓbɦhɟjʄjɖdƞnȴlȵnȶtɋqꝁkꝉlꞑnꞓcꞔcꞕhꞡgꞣkꞥnꞧrꞩs";
    private const string Ligatures = "æ:ae|œ:oe|þ:th|ĳ:ij|ŋ:ng";

    private static readonly SearchValues<char> s_separators = SearchValues.Create(".-_/*~+\u00B7\u2022\u2027\u30FB\u2219\u2043");

    public static FoldTable Build()
    {
        Dictionary<int, string> caseFolding = LoadCaseFolding();
        Dictionary<char, char> simplified = [];
        foreach (string line in TextData.ReadLines("simplified.txt"))
        {
            simplified[(char)TextData.ParseCodePoint(line.AsSpan(0, 4))] = (char)TextData.ParseCodePoint(line.AsSpan(5, 4));
        }

        Dictionary<char, string> special = [];
        for (int i = 0; i < StrokeLetters.Length; i += 2)
        {
            special[StrokeLetters[i]] = StrokeLetters[i + 1].ToString();
        }

        foreach (string pair in Ligatures.Split('|'))
        {
            special[pair[0]] = pair[2..];
        }

        ConfusableMap confusables = ConfusableMap.Instance;
        EmojiNames emoji = EmojiNames.Instance;
        uint[] entries = new uint[0x10000];
        List<string> expansions = [];
        for (int c = 0; c < 0x10000; c++)
        {
            char ch = (char)c;
            (string folded, CharKind kind) = Classify(ch, emoji.Contains(c));
            bool isAssigned = CharUnicodeInfo.GetUnicodeCategory(ch) is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate);
            if (isAssigned && kind is CharKind.Letter or CharKind.Other)
            {
                folded = Fold(folded, caseFolding, special, simplified, confusables);
                kind = Reclassify(ch, folded, kind);
            }

            LetterScript script = kind == CharKind.Letter ? ScriptOf(folded.Length > 0 ? folded[0] : ch) : LetterScript.None;
            uint entry = ((uint)kind << FoldTable.KindShift) | ((uint)script << FoldTable.ScriptShift);
            if (kind == CharKind.Mark)
            {
                entry |= (c is >= 0x300 and <= 0x36F or 0x3099 or 0x309A ? FoldTable.ComposingMarkFlag : 0)
                    | (IsDiacritic(c) ? FoldTable.DiacriticFlag : 0);
            }

            if (folded.Length == 1)
            {
                bool isContextual = kind is CharKind.Removed or CharKind.Mark or CharKind.Emoji or CharKind.HighSurrogate;
                entry |= folded[0] | (isContextual ? 0 : FoldTable.SimpleFlag);
            }
            else
            {
                entry |= FoldTable.ExpansionFlag | (uint)expansions.Count;
                expansions.Add(folded);
            }

            entry |= (WordRules.IsWordUnit(kind) ? FoldTable.WordUnitFlag : 0)
                | (kind is CharKind.Digit or CharKind.LeetSymbol ? FoldTable.LeetFlag : 0);
            entries[c] = entry;
        }

        return new FoldTable(entries, [.. expansions], BuildAstral(caseFolding, special, simplified, confusables));
    }

    private static (string Folded, CharKind Kind) Classify(char c, bool isEmoji)
    {
        if (char.IsHighSurrogate(c))
        {
            return (c.ToString(), CharKind.HighSurrogate);
        }

        if (char.IsLowSurrogate(c))
        {
            return (c.ToString(), CharKind.Letter);
        }

        if (isEmoji)
        {
            return (c.ToString(), CharKind.Emoji);
        }

        if (char.IsWhiteSpace(c))
        {
            return (" ", CharKind.Space);
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        bool isIgnorable = category is UnicodeCategory.Format or UnicodeCategory.Control
            || c is >= '\uFE00' and <= '\uFE0F' or >= '\u180B' and <= '\u180F' or '\u034F' or '\uFFFC'
            || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u17B4' or '\u17B5';
        if (isIgnorable)
        {
            return (string.Empty, CharKind.Removed);
        }

        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            ? (c.ToString(), CharKind.Mark)
            : (c.ToString(), char.IsLetter(c) || category == UnicodeCategory.LetterNumber ? CharKind.Letter : CharKind.Other);
    }

    private static CharKind Reclassify(char original, string folded, CharKind kind)
    {
        if (folded.Length == 0)
        {
            return CharKind.Removed;
        }

        if (folded.Length == 1)
        {
            char f = folded[0];
            if (char.IsAsciiDigit(f))
            {
                return CharKind.Digit;
            }

            if (f is '@' or '$' or '!' or '|' or '\u20AC')
            {
                return CharKind.LeetSymbol;
            }

            if (s_separators.Contains(f) || CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.DashPunctuation)
            {
                return CharKind.Separator;
            }

            if (char.IsWhiteSpace(f))
            {
                return CharKind.Space;
            }
        }

        return char.IsLetter(folded[0]) ? CharKind.Letter : kind == CharKind.Letter ? CharKind.Other : kind;
    }

    internal static string Fold(string text, Dictionary<int, string> caseFolding, Dictionary<char, string> special,
        Dictionary<char, char> simplified, ConfusableMap confusables)
    {
        if (text.Length == 1 && (text[0] is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF'))
        {
            // Unified ideographs are NFKC-stable and caseless; skipping ICU for them saves a third of the build time.
            return simplified.TryGetValue(text[0], out char simple) ? simple.ToString() : text;
        }

        if (text.Length == 1 && text[0] is >= '\uAC00' and <= '\uD7A3')
        {
            // Precomposed Hangul syllables are NFKC-stable and caseless too (another sixth of the BMP).
            return text;
        }

        string s = text.Normalize(NormalizationForm.FormKC);
        StringBuilder builder = new(s.Length + 2);
        foreach (Rune rune in s.EnumerateRunes())
        {
            builder.Append(caseFolding.TryGetValue(rune.Value, out string? fold) ? fold : rune.ToString());
        }

        s = builder.ToString().Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        builder.Clear();
        LetterScript baseScript = LetterScript.None;
        foreach (char c in s)
        {
            bool isMark = CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
            if (isMark && (baseScript == LetterScript.Latin || (IsDiacritic(c) && baseScript == LetterScript.None)))
            {
                continue;
            }

            if (!isMark)
            {
                baseScript = char.IsLetter(c) ? ScriptOf(c) : LetterScript.None;
            }

            builder.Append(c);
        }

        s = builder.ToString().Normalize(NormalizationForm.FormC);
        builder.Clear();
        foreach (char c in s)
        {
            if (special.TryGetValue(c, out string? plain))
            {
                builder.Append(plain);
            }
            else if (ScriptOf(c) == LetterScript.Latin && c >= 128 && confusables.TryGetLatin(c, out char latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(simplified.TryGetValue(c, out char simple) ? simple : c);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<int, string> BuildAstral(Dictionary<int, string> caseFolding, Dictionary<char, string> special,
        Dictionary<char, char> simplified, ConfusableMap confusables)
    {
        Dictionary<int, string> astral = [];
        IEnumerable<int> candidates = Enumerable.Range(0x1D400, 0x400)          // mathematical letters and digits
            .Concat(Enumerable.Range(0x1F100, 0x50))                              // parenthesised, squared, circled letters
            .Concat(Enumerable.Range(0x2F800, 0x220))                             // CJK compatibility ideographs
            .Concat(Enumerable.Range(0x1FBF0, 10))                                // segmented digits
            .Concat(caseFolding.Keys.Where(k => k > 0xFFFF));
        foreach (int codePoint in candidates)
        {
            if (Rune.IsValid(codePoint) && CharUnicodeInfo.GetUnicodeCategory(codePoint) != UnicodeCategory.OtherNotAssigned)
            {
                string text = char.ConvertFromUtf32(codePoint);
                string folded = Fold(text, caseFolding, special, simplified, confusables);
                if (folded != text)
                {
                    astral[codePoint] = folded;
                }
            }
        }

        // Invisible astral code points: tag characters (flag subdivisions), variation selectors, skin-tone modifiers.
        foreach (int codePoint in Enumerable.Range(0xE0000, 0x80).Concat(Enumerable.Range(0xE0100, 0xF0)).Concat(Enumerable.Range(0x1F3FB, 5)))
        {
            astral[codePoint] = string.Empty;
        }

        return astral;
    }

    private static Dictionary<int, string> LoadCaseFolding()
    {
        Dictionary<int, string> folding = [];
        foreach (string line in TextData.ReadLines("casefold.txt"))
        {
            // "1E9E;0073 0073": capital sharp s folds to "ss" (status F); simple pairs are status C.
            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            StringBuilder target = new();
            foreach (string hex in line[(semicolon + 1)..].Split(' '))
            {
                target.Append(char.ConvertFromUtf32(TextData.ParseCodePoint(hex)));
            }

            folding[TextData.ParseCodePoint(line.AsSpan(0, semicolon))] = target.ToString();
        }

        return folding;
    }

    private static bool IsDiacritic(int c) =>
        c is >= 0x300 and <= 0x36F or >= 0x1AB0 and <= 0x1AFF or >= 0x1DC0 and <= 0x1DFF or >= 0x20D0 and <= 0x20FF
            or >= 0xFE20 and <= 0xFE2F;

    internal static LetterScript ScriptOf(char c) => c switch
    {
        < 'A' => LetterScript.None,
        <= '\u024F' or (>= '\u0250' and <= '\u02AF') or (>= '\u1D00' and <= '\u1DBF') or (>= '\u1E00' and <= '\u1EFF')
            or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF') or (>= '\uAB30' and <= '\uAB6F')
            or (>= '\uFF21' and <= '\uFF5A') => LetterScript.Latin,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => LetterScript.Greek,
        (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF')
            or (>= '\uA640' and <= '\uA69F') => LetterScript.Cyrillic,
        (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u2E80' and <= '\u2FDF') or '\u3005' or '\u3007' => LetterScript.Han,
        (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F') => LetterScript.Kana,
        _ => LetterScript.Other,
    };
}
