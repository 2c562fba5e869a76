namespace WildTrace.Detection.Text;

/// <summary>
/// Reads digits and symbols that stand for letters ("1v0ry", "p4ng0l1n", "rh!no", "p@ngolin") without touching real
/// numbers ("1,500", "$500", "2.5k", "10cm", "2kg", "+84 912 345 678", "2025-03-01").
/// </summary>
/// <remarks>
/// A word (a run of letters, digits and <c>@ $ ! | €</c>) is read as leetspeak only when all of these hold:
/// <list type="number">
/// <item>it has at least two letters, all of Latin, Cyrillic or Greek script (digits inside Han or Thai text are numbers),
/// and at least three when its digits are only at one edge ("mp3", "ps5" are model names; "rhin0" is leet, and so
/// is "0rc4", with a digit at both edges);</item>
/// <item>no four digits in a row, nor three at an edge, nor two ending a word that has no other digit (prices, sizes,
/// years, phone numbers and model numbers look like that; sellers do double and triple leet digits inside words, as
/// in "b01s", "po77wal" or "shah700sh", and end a leet word with two, as in "4v0r10");</item>
/// <item>every digit has a letter reading (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g; 2 and 6 have none);</item>
/// <item>it is not digits followed by a unit or an ordinal suffix ("2kg", "50pcs", "10th"), nor a size ("2x4cm").</item>
/// </list>
/// Symbols are read as letters only between two letters or leet digits, and <c>$</c> also at the start of a word
/// ("$kin"), so "wow!", "@shop" and "$500" keep theirs.
/// </remarks>
internal static class Leetspeak
{
    private static readonly HashSet<string> s_units = new(StringComparer.Ordinal)
    {
        "st", "nd", "rd", "th", "kg", "kgs", "mg", "gr", "cm", "mm", "km", "ml", "lb", "lbs", "oz", "pcs", "pc", "ct",
        "cts", "hr", "hrs", "min", "yr", "yrs", "mb", "gb", "tb", "kw", "mah", "ft", "in", "tr", "pm", "am", "usd", "vnd",
        "set", "pack", "day", "days", "k", "m",
    };

    /// <summary>The letter a leet digit or symbol stands for, or <c>'\0'</c>.</summary>
    public static char LetterOf(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' or '|' => 'i',
        '\u20AC' => 'e',
        _ => '\0',
    };

    /// <summary>Rewrites <paramref name="word"/> in place when it is leetspeak; returns whether it changed.</summary>
    public static bool TryFold(Span<char> word, FoldTable table)
    {
        int letters = 0;
        int digitRuns = 0;
        bool hasTrailingPair = false;
        bool hasInnerTriple = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            switch (table.KindOf(c))
            {
                case CharKind.Letter when table.ScriptOf(c) is LetterScript.Latin or LetterScript.Cyrillic or LetterScript.Greek:
                    letters++;
                    break;
                case CharKind.Digit:
                    int runEnd = i;
                    while (runEnd < word.Length && table.KindOf(word[runEnd]) == CharKind.Digit)
                    {
                        if (LetterOf(word[runEnd]) == '\0')
                        {
                            return false;
                        }

                        runEnd++;
                    }

                    int length = runEnd - i;
                    bool isSize = runEnd + 1 < word.Length && word[runEnd] == 'x' && table.KindOf(word[runEnd + 1]) == CharKind.Digit;
                    if (length > 3 || isSize || (length == 3 && (i == 0 || runEnd == word.Length)))
                    {
                        return false;
                    }

                    digitRuns++;
                    hasTrailingPair |= length == 2 && runEnd == word.Length;
                    hasInnerTriple |= length == 3;
                    i = runEnd - 1;
                    break;
                case CharKind.Letter:
                    return false;
            }
        }

        // Sellers double and triple leet digits inside words ("b01s", "po77wal", "shah700sh"). A pair ending the word
        // is a model or version ("covid19", "iphone13") unless other leet digits show the word is leet ("4v0r10",
        // "r1noc3r0n73"); three inside a word need three letters around them, as "shah700sh" and "ve571d0" have and
        // "a100b" has not.
        if ((hasTrailingPair && digitRuns == 1) || (hasInnerTriple && letters < 3))
        {
            return false;
        }

        // A digit only at the edge of a short word is a model number ("mp3", "ps5"), not a letter ("rhin0", "1vory");
        // a digit at both edges ("0rc4") is not how model numbers are written, so two letters suffice there.
        bool isEdgeOnly = !HasInnerDigit(word, table);
        bool isBothEdges = table.KindOf(word[0]) == CharKind.Digit && table.KindOf(word[^1]) == CharKind.Digit;
        if (letters < (isEdgeOnly && !isBothEdges ? 3 : 2) || (table.KindOf(word[0]) == CharKind.Digit && IsUnit(AfterLeadingDigits(word, table), table)))
        {
            return false;
        }

        bool changed = false;
        for (int i = 0; i < word.Length; i++)
        {
            CharKind kind = table.KindOf(word[i]);
            bool isBeforeLetter = i + 1 < word.Length && IsLetterLike(word[i + 1], table);
            bool isInner = isBeforeLetter && i > 0 && IsLetterLike(word[i - 1], table);

            // "$kin": a leading $ before letters is an s; prices have digits after it ("$500"), handles have @ ("@shop").
            bool isLeadingDollar = i == 0 && word[i] == '$' && isBeforeLetter;
            if (kind == CharKind.Digit || (kind == CharKind.LeetSymbol && (isInner || isLeadingDollar)))
            {
                word[i] = LetterOf(word[i]);
                changed = true;
            }
        }

        return changed;
    }

    private static ReadOnlySpan<char> AfterLeadingDigits(ReadOnlySpan<char> word, FoldTable table)
    {
        int i = 0;
        while (i < word.Length && table.KindOf(word[i]) == CharKind.Digit)
        {
            i++;
        }

        return word[i..];
    }

    private static bool IsLetterLike(char c, FoldTable table) => table.KindOf(c) is CharKind.Letter or CharKind.Digit;

    private static bool HasInnerDigit(ReadOnlySpan<char> word, FoldTable table)
    {
        for (int i = 1; i < word.Length - 1; i++)
        {
            if (table.KindOf(word[i]) == CharKind.Digit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnit(ReadOnlySpan<char> rest, FoldTable table)
    {
        foreach (char c in rest)
        {
            if (table.KindOf(c) != CharKind.Letter)
            {
                return false;
            }
        }

        return s_units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest);
    }
}
