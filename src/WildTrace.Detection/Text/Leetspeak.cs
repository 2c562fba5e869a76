namespace WildTrace.Detection.Text;

/// <summary>
/// Reads digits and symbols that stand for letters ("1v0ry", "p4ng0l1n", "rh!no", "p@ngolin") without touching real
/// numbers ("1,500", "$500", "2.5k", "10cm", "2kg", "+84 912 345 678", "2025-03-01").
/// </summary>
/// <remarks>
/// A word (a run of letters, digits and <c>@ $ ! | €</c>) is read as leetspeak only when all of these hold:
/// <list type="number">
/// <item>it has at least two letters, all of Latin, Cyrillic or Greek script (digits inside Han or Thai text are numbers),
/// and at least three when its digits are only at its edges ("mp3", "ps5" are model names; "rhin0" is leet);</item>
/// <item>no three digits in a row, nor two ending the word (prices, sizes, years, phone numbers and model numbers
/// look like that; sellers do double leet digits inside words, as in "b01s" or "po77wal");</item>
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
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            switch (table.KindOf(c))
            {
                case CharKind.Letter when table.ScriptOf(c) is LetterScript.Latin or LetterScript.Cyrillic or LetterScript.Greek:
                    letters++;
                    break;
                case CharKind.Digit:
                    // Sellers double leet digits ("b01s", "po77wal", "70r7u3"); three in a row is a number ("2025", "500"),
                    // and two ending the word a model or version ("covid19", "iphone13").
                    bool isPair = i + 1 < word.Length && table.KindOf(word[i + 1]) == CharKind.Digit;
                    bool isRun = isPair && (i + 2 == word.Length || table.KindOf(word[i + 2]) == CharKind.Digit);
                    bool isSize = i + 2 < word.Length && word[i + 1] == 'x' && table.KindOf(word[i + 2]) == CharKind.Digit;
                    if (isRun || isSize || LetterOf(c) == '\0')
                    {
                        return false;
                    }

                    break;
                case CharKind.Letter:
                    return false;
            }
        }

        // A digit only at the edge of a short word is a model number ("mp3", "ps5"), not a letter ("rhin0", "1vory").
        bool isEdgeOnly = !HasInnerDigit(word, table);
        if (letters < (isEdgeOnly ? 3 : 2) || (table.KindOf(word[0]) == CharKind.Digit && IsUnit(AfterLeadingDigits(word, table), table)))
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
