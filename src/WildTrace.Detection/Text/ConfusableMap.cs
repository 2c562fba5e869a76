namespace WildTrace.Detection.Text;

/// <summary>
/// UTS #39 confusable letters (generated from npm unhomoglyph 1.0.6, confusables v13; see data/generated/text/SOURCES.md),
/// folded per word toward the script the word is really written in: "рhіnо" (Cyrillic р, і, о) reads "rhino", and
/// "cлoн" (Latin c, o) reads "слон". Immutable and thread-safe.
/// </summary>
internal sealed class ConfusableMap
{
    private static readonly Lazy<ConfusableMap> s_instance = new(() => new ConfusableMap());

    private readonly Dictionary<char, char> _toLatin = [];
    private readonly char[] _latinToCyrillic = new char[128];
    private readonly char[] _latinToGreek = new char[128];

    private ConfusableMap()
    {
        foreach (string line in TextData.ReadLines("confusables.txt"))
        {
            // "L 0430 0061": Cyrillic а looks like Latin a; "C 0061 0430" and "G 0061 03B1" are the reverse choices.
            char from = (char)TextData.ParseCodePoint(line.AsSpan(2, 4));
            char to = (char)TextData.ParseCodePoint(line.AsSpan(7, 4));
            switch (line[0])
            {
                case 'L':
                    _toLatin[from] = to;
                    break;
                case 'C':
                    _latinToCyrillic[from] = to;
                    break;
                case 'G':
                    _latinToGreek[from] = to;
                    break;
            }
        }
    }

    /// <summary>The shared instance, loaded on first use.</summary>
    public static ConfusableMap Instance => s_instance.Value;

    /// <summary>The number of letters that have a Latin look-alike.</summary>
    public int ToLatinCount => _toLatin.Count;

    /// <summary>Finds the Latin letter that <paramref name="letter"/> (case-folded) looks like.</summary>
    public bool TryGetLatin(char letter, out char latin) => _toLatin.TryGetValue(letter, out latin);

    /// <summary>
    /// Rewrites the letters of one word (already case-folded) into the script the word is written in. The word's script
    /// is the majority of the letters that identify a script (a Latin <c>n</c>, a Cyrillic <c>л</c>); letters that exist
    /// in both (<c>a</c>/<c>а</c>) do not vote. When no letter of the word votes ("соr", Cyrillic с, о and Latin r, which
    /// looks like Cyrillic г), the letters of the whole <paramref name="text"/> that identify a script decide, and only
    /// when none does, the majority of the word's letters. Words with letters of scripts that have no look-alikes (Han,
    /// Thai, Arabic…) are left alone.
    /// </summary>
    public void FoldWord(Span<char> word, FoldTable table, ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, greek = 0, latinVotes = 0, cyrillicVotes = 0, greekVotes = 0, foreign = 0;
        foreach (char c in word)
        {
            switch (table.ScriptOf(c))
            {
                case LetterScript.Latin:
                    latin++;
                    break;
                case LetterScript.Cyrillic:
                    cyrillic++;
                    cyrillicVotes += _toLatin.ContainsKey(c) ? 0 : 1;
                    break;
                case LetterScript.Greek:
                    greek++;
                    greekVotes += _toLatin.ContainsKey(c) ? 0 : 1;
                    break;
                case LetterScript.None:
                    break;
                default:
                    if (!_toLatin.ContainsKey(c))
                    {
                        return;
                    }

                    foreign++;
                    break;
            }
        }

        int scripts = (latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) + (foreign > 0 ? 1 : 0);
        if (scripts < 2)
        {
            return;
        }

        // A Latin letter votes Latin unless it looks like a letter of the core alphabet (Russian а–я, Greek α–ω) of the
        // other script in this word: "іvоrу" has Cyrillic і, о, у, but Latin v has no Russian twin, so it reads "ivory".
        foreach (char c in word)
        {
            if (c < 128 && table.ScriptOf(c) == LetterScript.Latin)
            {
                bool isTwin = (cyrillic > 0 && _latinToCyrillic[c] is >= '\u0430' and <= '\u044F')
                    || (greek > 0 && _latinToGreek[c] is >= '\u03B1' and <= '\u03C9');
                latinVotes += isTwin ? 0 : 1;
            }
            else if (table.ScriptOf(c) == LetterScript.Latin)
            {
                latinVotes++;
            }
        }

        if (latinVotes + cyrillicVotes + greekVotes == 0)
        {
            // A seller who disguises a word with look-alikes writes the rest of the listing in its real script: "соr
            // mаrfіm" is Portuguese around it ("f" has no Cyrillic twin), "сог" would be no word of either language.
            (latinVotes, cyrillicVotes, greekVotes) = VotesOf(text, table);
            if (latinVotes + cyrillicVotes + greekVotes == 0)
            {
                (latinVotes, cyrillicVotes, greekVotes) = (latin + foreign, cyrillic, greek);
            }
        }

        // Ties go to Latin: the listings are mostly Latin-script, and a Latin reading is what term lists hold most.
        LetterScript target = cyrillicVotes > latinVotes && cyrillicVotes >= greekVotes ? LetterScript.Cyrillic
            : greekVotes > latinVotes && greekVotes > cyrillicVotes ? LetterScript.Greek
            : LetterScript.Latin;
        for (int i = 0; i < word.Length; i++)
        {
            word[i] = Fold(word[i], table.ScriptOf(word[i]), target);
        }
    }

    // The letters of a text that could only be written in one script: a Latin letter with no twin in the Russian or
    // Greek core alphabet, a Cyrillic or Greek letter with no Latin look-alike. Runs only for the rare word that no
    // letter of its own decides.
    private (int Latin, int Cyrillic, int Greek) VotesOf(ReadOnlySpan<char> text, FoldTable table)
    {
        int latin = 0, cyrillic = 0, greek = 0;
        foreach (char c in text)
        {
            switch (table.ScriptOf(c))
            {
                case LetterScript.Latin when c < 128 && _latinToCyrillic[c] is not (>= '\u0430' and <= '\u044F') &&
                    _latinToGreek[c] is not (>= '\u03B1' and <= '\u03C9'):
                    latin++;
                    break;
                case LetterScript.Cyrillic when !_toLatin.ContainsKey(c):
                    cyrillic++;
                    break;
                case LetterScript.Greek when !_toLatin.ContainsKey(c):
                    greek++;
                    break;
            }
        }

        return (latin, cyrillic, greek);
    }

    private char Fold(char c, LetterScript script, LetterScript target)
    {
        if (script == target || script == LetterScript.None)
        {
            return c;
        }

        char latin = c;
        if (script != LetterScript.Latin && !_toLatin.TryGetValue(c, out latin))
        {
            return c;
        }

        if (target == LetterScript.Latin || latin >= 128)
        {
            return target == LetterScript.Latin ? latin : c;
        }

        char mapped = target == LetterScript.Cyrillic ? _latinToCyrillic[latin] : _latinToGreek[latin];
        return mapped != 0 ? mapped : c;
    }
}
