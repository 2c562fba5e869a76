namespace WildTrace.Detection.Text;

/// <summary>
/// Finds letters split by separators: "i v o r y", "i.v.o.r.y", "i-v-o-r-y", "i🐘v🐘o🐘r🐘y", "H O R N B I L L".
/// A run is at least <see cref="MinLetters"/> single letters (or leet digits), at least two of them letters, each gap
/// short and of the same kind as the others, so ordinary text with single-letter words ("I am a fan", "perros y
/// gatos", "e.g.") stays as it is. Two letters joined by one separator unit are a run too when no ordinary text
/// writes them so (<see cref="IsTightPair"/>), or beside another letter split the same way
/// (<see cref="IsBesideRun"/>): "d-e", "и-з", "상.아", "शे_र", "t.ê t.ê".
/// </summary>
internal static class SplitRun
{
    /// <summary>Fewer single letters in a row are ordinary text; three in a row ("Plan B y C") is rare enough to accept.</summary>
    public const int MinLetters = 3;

    // A gap of more than three separator units ("i  -  v") is layout, not a disguise.
    private const int MaxGapUnits = 3;

    /// <summary>The end of the run that starts with the single letter <c>[first, firstEnd)</c>, or null when there is none.</summary>
    public static int? TryFind(char[] chars, int first, int firstEnd, int n, FoldTable table)
    {
        int count = 1;
        int letters = table.KindOf(chars[first]) == CharKind.Letter ? 1 : 0;
        char signature = '\0';
        int runEnd = firstEnd;
        int widestGap = 0;
        while (true)
        {
            (int gapEnd, char gapSignature) = ScanGap(chars, runEnd, n, table);
            if (gapEnd == runEnd || gapEnd >= n || (signature != '\0' && gapSignature != signature))
            {
                break;
            }

            int end = WordRules.WordEnd(chars, gapEnd, n, table);
            if (end == gapEnd || !WordRules.IsSingle(chars, gapEnd, end, table))
            {
                break;
            }

            signature = gapSignature;
            widestGap = Math.Max(widestGap, gapEnd - runEnd);
            count++;
            letters += table.KindOf(chars[gapEnd]) == CharKind.Letter ? 1 : 0;
            runEnd = end;
        }

        bool isRun = count >= MinLetters ? letters >= 2
            : count == 2 && letters == 2 && widestGap == 1 &&
                (IsTightPair(signature, table.ScriptOf(chars[first])) || IsBesideRun(chars, first, runEnd, n, signature, table));
        return isRun ? runEnd : null;
    }

    /// <summary>
    /// Whether the pair <c>[first, runEnd)</c> stands one space from another letter split by the same separator: "t.ê
    /// t.ê đ.ô.n.g", "n.y.a.r.a z.a s.e.r.i.k.a.l.i" spell a phrase letter by letter, while abbreviations stand beside
    /// ordinary words ("e.g. this", "U.S. made").
    /// </summary>
    private static bool IsBesideRun(char[] chars, int first, int runEnd, int n, char separator, FoldTable table)
    {
        bool isAfter = first >= 3 && chars[first - 1] == ' ' && chars[first - 3] == separator &&
            table.KindOf(chars[first - 2]) == CharKind.Letter;
        bool isBefore = runEnd + 2 < n && chars[runEnd] == ' ' && chars[runEnd + 2] == separator &&
            table.KindOf(chars[runEnd + 1]) == CharKind.Letter;
        return separator is not (' ' or CharPass.EmojiPlaceholder) && (isAfter || isBefore);
    }

    /// <summary>
    /// Whether two single letters joined by one <paramref name="separator"/> unit are a split word. Hyphens, underscores
    /// and stars between two lone letters are not how any language writes words ("d-e tartaruga", "и-з слоновой"); a dot
    /// is, in Latin, Cyrillic and Greek abbreviations ("e.g.", "т.е."), so there it stays. Scripts without such
    /// abbreviations (Hangul "상.아", Devanagari "खा.ल", Arabic, Thai, Han) take any separator but a space: two
    /// one-syllable words side by side are ordinary there ("की खाल").
    /// </summary>
    private static bool IsTightPair(char separator, LetterScript script) =>
        separator is '-' or '_' or '*' ||
        (separator != ' ' && script is not (LetterScript.Latin or LetterScript.Cyrillic or LetterScript.Greek));

    /// <summary>
    /// Scans the gap after a letter: white space and separators, at most three units. Its signature is its emoji, else
    /// its first separator, else a space: "i v o", "i. v. o" and "i🐘v🐘o" are runs, "i v.o" is not.
    /// </summary>
    public static (int End, char Signature) ScanGap(char[] chars, int from, int n, FoldTable table)
    {
        int i = from;
        char signature = '\0';
        while (i < n && i - from < MaxGapUnits)
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
}
