namespace WildTrace.Detection.Text;

/// <summary>
/// Pass 2 of <see cref="TextNormalizer"/>: works on words. It joins letters split by separators ("i v o r y",
/// "i.v.o.r.y", "i🐘v🐘o🐘r🐘y"), reads leetspeak, folds confusable letters toward the word's script, collapses white
/// space (dropping it between Han or kana), and spells each remaining emoji as its English name. Keeps the offset map.
/// </summary>
internal static class WordPass
{
    // Fewer single letters in a row are ordinary text ("a b", "Plan B y C" has three but is rare enough to accept).
    private const int MinSplitRun = 3;

    // A gap of more than three separator units ("i  -  v") is formatting, not a disguise.
    private const int MaxSeparatorUnits = 3;

    public static void Run(string original, UnitBuffer source, FoldTable table, UnitBuffer output)
    {
        output.Reset(source.Length + 16);
        char[] chars = source.Chars;
        int n = source.Length;
        int i = 0;
        while (i < n)
        {
            char c = chars[i];
            CharKind kind = table.KindOf(c);
            if (IsWordUnit(kind))
            {
                int end = WordEnd(chars, i, n, table);
                if (end == SingleEnd(chars, i, end, table) && TryJoinSplitRun(source, i, end, table, output, out int runEnd))
                {
                    i = runEnd;
                    continue;
                }

                int at = output.Length;
                output.AppendRange(source, i, end);
                FoldWord(output.Chars.AsSpan(at, end - i), table);
                i = end;
            }
            else if (c == CharPass.EmojiPlaceholder)
            {
                AppendEmoji(original, source.Starts[i], source.Ends[i], output);
                i++;
            }
            else if (kind == CharKind.Space)
            {
                int next = i + 1;
                while (next < n && table.KindOf(chars[next]) == CharKind.Space)
                {
                    next++;
                }

                // Chinese and Japanese put no spaces between words, so a space between two ideographs is a disguise.
                bool isBetweenCjk = next < n && IsCjk(output.Last, table) && IsCjk(chars[next], table);
                if (!isBetweenCjk && output.Last != ' ')
                {
                    output.Append(' ', source.Starts[i], source.Ends[next - 1]);
                }

                i = next;
            }
            else
            {
                output.Append(c, source.Starts[i], source.Ends[i]);
                i++;
            }
        }
    }

    private static void FoldWord(Span<char> word, FoldTable table)
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
            ConfusableMap.Instance.FoldWord(word, table);
        }
    }

    private static bool TryJoinSplitRun(UnitBuffer source, int first, int firstEnd, FoldTable table, UnitBuffer output, out int runEnd)
    {
        char[] chars = source.Chars;
        int n = source.Length;
        int count = 1;
        int letters = table.KindOf(chars[first]) == CharKind.Letter ? 1 : 0;
        char signature = '\0';
        runEnd = firstEnd;
        while (true)
        {
            (int gapEnd, char gapSignature) = ScanGap(chars, runEnd, n, table);
            if (gapEnd == runEnd || gapEnd >= n || (signature != '\0' && gapSignature != signature))
            {
                break;
            }

            int end = WordEnd(chars, gapEnd, n, table);
            if (end == gapEnd || SingleEnd(chars, gapEnd, end, table) != end)
            {
                break;
            }

            signature = gapSignature;
            count++;
            letters += table.KindOf(chars[gapEnd]) == CharKind.Letter ? 1 : 0;
            runEnd = end;
        }

        if (count < MinSplitRun || letters < 2)
        {
            runEnd = firstEnd;
            return false;
        }

        // The separators vanish from the text; each letter keeps its own map entry, so the span of the joined word
        // runs from the first letter to the last and covers the separators between them.
        int at = output.Length;
        int i = first;
        while (i < runEnd)
        {
            int end = WordEnd(chars, i, runEnd, table);
            output.AppendRange(source, i, end);
            i = ScanGap(chars, end, runEnd, table).End;
        }

        FoldWord(output.Chars.AsSpan(at, output.Length - at), table);
        return true;
    }

    // A gap is white space and separators, at most MaxSeparatorUnits long. Its signature is its emoji, else its first
    // separator, else a space: "i v o", "i. v. o" and "i🐘v🐘o" are runs, "i v.o" is not.
    private static (int End, char Signature) ScanGap(char[] chars, int from, int n, FoldTable table)
    {
        int i = from;
        char signature = '\0';
        while (i < n && i - from < MaxSeparatorUnits)
        {
            char c = chars[i];
            CharKind kind = table.KindOf(c);
            if (c == CharPass.EmojiPlaceholder)
            {
                signature = c;
            }
            else if (kind == CharKind.Separator)
            {
                signature = signature is '\0' or ' ' ? c : signature;
            }
            else if (kind == CharKind.Space)
            {
                signature = signature == '\0' ? ' ' : signature;
            }
            else
            {
                break;
            }

            i++;
        }

        return (i, signature);
    }

    private static bool IsWordUnit(CharKind kind) => kind is CharKind.Letter or CharKind.Mark or CharKind.Digit or CharKind.LeetSymbol;

    private static int WordEnd(char[] chars, int from, int n, FoldTable table)
    {
        int i = from;
        while (i < n && IsWordUnit(table.KindOf(chars[i])) && chars[i] != CharPass.EmojiPlaceholder)
        {
            i++;
        }

        return i;
    }

    // The end of a single letter (one base unit and its marks) starting at from, or -1 when the word is longer.
    private static int SingleEnd(char[] chars, int from, int end, FoldTable table)
    {
        if (table.KindOf(chars[from]) == CharKind.Mark)
        {
            return -1;
        }

        for (int i = from + 1; i < end; i++)
        {
            if (table.KindOf(chars[i]) != CharKind.Mark)
            {
                return -1;
            }
        }

        return end;
    }

    private static bool IsCjk(char c, FoldTable table) => table.ScriptOf(c) is LetterScript.Han or LetterScript.Kana;

    private static void AppendEmoji(string original, int start, int end, UnitBuffer output)
    {
        int codePoint = char.IsHighSurrogate(original[start]) ? char.ConvertToUtf32(original[start], original[start + 1]) : original[start];
        string name = EmojiNames.Instance.NameOf(codePoint);
        output.EnsureCapacity(name.Length + 2);
        if (output.Last != ' ')
        {
            output.Append(' ', start, end);
        }

        foreach (char c in name)
        {
            output.Append(c, start, end);
        }

        output.Append(' ', start, end);
    }
}
