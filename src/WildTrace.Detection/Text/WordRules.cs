namespace WildTrace.Detection.Text;

/// <summary>What a word is to <see cref="WordPass"/>, and the in-place folding of one word.</summary>
internal static class WordRules
{
    /// <summary>Letters, marks, digits and leet symbols make up words; everything else ends one.</summary>
    public static bool IsWordUnit(CharKind kind) => kind is CharKind.Letter or CharKind.Mark or CharKind.Digit or CharKind.LeetSymbol;

    /// <summary>The end of the word that starts at <paramref name="from"/>.</summary>
    public static int WordEnd(char[] chars, int from, int end, FoldTable table)
    {
        int i = from;
        while (i < end && IsWordUnit(table.KindOf(chars[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when <c>[from, end)</c> is one letter, digit or symbol with its combining marks.</summary>
    public static bool IsSingle(char[] chars, int from, int end, FoldTable table)
    {
        if (table.KindOf(chars[from]) == CharKind.Mark)
        {
            return false;
        }

        for (int i = from + 1; i < end; i++)
        {
            if (table.KindOf(chars[i]) != CharKind.Mark)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads leetspeak and folds confusable letters in one word, in place (both are one unit for one).</summary>
    /// <param name="word">The word.</param>
    /// <param name="table">The folding table.</param>
    /// <param name="text">The whole text, whose script decides a word that no letter of its own does.</param>
    public static void FoldWord(Span<char> word, FoldTable table, ReadOnlySpan<char> text)
    {
        bool isPlain = true;
        bool hasLeet = false;
        foreach (char c in word)
        {
            isPlain &= char.IsAsciiLetterLower(c);
            hasLeet |= table.KindOf(c) is CharKind.Digit or CharKind.LeetSymbol;
        }

        if (isPlain)
        {
            return;
        }

        if (hasLeet)
        {
            Leetspeak.TryFold(word, table);
        }

        if (!System.Text.Ascii.IsValid(word))
        {
            ConfusableMap.Instance.FoldWord(word, table, text);
        }
    }
}
