using System.Runtime.CompilerServices;

namespace WildTrace.Detection.Text;

/// <summary>
/// Pass 2 of <see cref="TextNormalizer"/>: works on words. It joins letters split by separators ("i v o r y",
/// "i.v.o.r.y", "i🐘v🐘o🐘r🐘y"), reads leetspeak, folds confusable letters toward the word's script, collapses white
/// space (dropping it between Han or kana), and spells each remaining emoji as its English name. Keeps the offset map.
/// </summary>
/// <remarks>
/// Leetspeak and confusables replace units one for one, so they are written into the pass-1 buffer in place. Only
/// joins, white-space runs and emoji change the length; the pass copies into the output buffer only from the first
/// such change, and in bulk (copy-on-write), so clean text is scanned once and never copied.
/// </remarks>
internal struct WordPass
{
    // A struct: one is made per Normalize call, and the hot path allocates nothing but the result.
    private readonly UnitBuffer _source;
    private readonly UnitBuffer _output;
    private readonly FoldTable _table;
    private readonly string _original;
    private readonly char[] _chars;
    private readonly int _length;

    // Units [_copyFrom, i) of the source are unchanged and not yet copied to the output.
    private int _copyFrom;
    private bool _isCopying;

    private WordPass(string original, UnitBuffer source, FoldTable table, UnitBuffer output)
    {
        (_original, _source, _table, _output) = (original, source, table, output);
        _chars = source.Chars;
        _length = source.Length;
    }

    /// <summary>Runs the pass; returns the buffer that holds the result (<paramref name="source"/> when nothing moved).</summary>
    public static UnitBuffer Run(string original, UnitBuffer source, FoldTable table, UnitBuffer output)
    {
        WordPass pass = new(original, source, table, output);
        return pass.Run();
    }

    // Hot loop: compiled fully optimised at once, instead of running tier-0 code for the first seconds of a scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private UnitBuffer Run()
    {
        char[] chars = _chars;
        int n = _length;
        int i = 0;
        int nextVectorTry = 1;
        while (i < n)
        {
            char c = chars[i];
            if (i >= nextVectorTry && c < 0x80 && i + PlainAscii.MinLength <= n)
            {
                int look = PlainAscii.SkipPlain(chars, i, n);

                // Back up to the start of the word that holds the unit to look at, so the word is judged whole; the
                // scalar steps below then walk past it, and the vector path is tried again after it.
                int wordStart = look;
                while (wordStart > i && WordRules.IsWordUnit(_table.KindOf(chars[wordStart - 1])) && WordRules.IsWordUnit(_table.KindOf(chars[wordStart])))
                {
                    wordStart--;
                }

                i = wordStart;
                nextVectorTry = look + 1;
                c = chars[i];
            }

            uint entry = _table.EntryOf(c);
            CharKind kind = (CharKind)((entry >> FoldTable.KindShift) & 0xF);
            if (WordRules.IsWordUnit(kind))
            {
                i = Word(i);
            }
            else if (c == ' ' && i + 1 < n && chars[i + 1] != ' ' && LastOutput(i) is not ' ' and var last && !IsCjk(last))
            {
                // The common case, one space between words, changes nothing.
                i++;
            }
            else if (c == CharPass.EmojiPlaceholder)
            {
                Flush(i);
                AppendEmoji(_source.Starts[i], _source.Ends[i]);
                _copyFrom = i + 1;
                i++;
            }
            else
            {
                i = kind == CharKind.Space ? Space(i) : i + 1;
            }
        }

        if (!_isCopying)
        {
            return _source;
        }

        Flush(n);
        return _output;
    }

    // Scans one word, classifying each unit with a single table load, and folds it only when it needs folding: most
    // words are one script with no digits, and leave this method after one pass.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Word(int from)
    {
        char[] chars = _chars;
        int n = _length;
        int i = from;
        int bases = 0;
        int scripts = 0;
        bool hasLeet = false;
        while (i < n)
        {
            uint entry = _table.EntryOf(chars[i]);
            if ((entry & FoldTable.WordUnitFlag) == 0)
            {
                break;
            }

            bases += (entry & (0xFu << FoldTable.KindShift)) == ((uint)CharKind.Mark << FoldTable.KindShift) ? 0 : 1;
            scripts |= 1 << (int)((entry >> FoldTable.ScriptShift) & 0xF);
            hasLeet |= (entry & FoldTable.LeetFlag) != 0;
            i++;
        }

        if (bases == 1 && _table.KindOf(chars[from]) != CharKind.Mark && SplitRun.TryFind(chars, from, i, n, _table) is { } runEnd)
        {
            AppendJoined(from, runEnd);
            return runEnd;
        }

        const int Confusable = (1 << (int)LetterScript.Latin) | (1 << (int)LetterScript.Cyrillic)
            | (1 << (int)LetterScript.Greek) | (1 << (int)LetterScript.Other);
        if (hasLeet || int.PopCount(scripts & Confusable) > 1)
        {
            WordRules.FoldWord(chars.AsSpan(from, i - from), _table, chars.AsSpan(0, n));
        }

        return i;
    }

    private int Space(int i)
    {
        int next = i + 1;
        while (next < _length && _table.KindOf(_chars[next]) == CharKind.Space)
        {
            next++;
        }

        // Chinese and Japanese put no spaces between words, so a space between two ideographs is a disguise.
        bool isBetweenCjk = next < _length && IsCjk(LastOutput(i)) && IsCjk(_chars[next]);
        bool isRepeated = LastOutput(i) == ' ';
        if (isBetweenCjk || isRepeated || next - i > 1)
        {
            Flush(i);
            if (!isBetweenCjk && !isRepeated)
            {
                _output.Append(' ', _source.Starts[i], _source.Ends[next - 1]);
            }

            _copyFrom = next;
        }

        return next;
    }

    private void AppendJoined(int first, int runEnd)
    {
        // The separators vanish from the text; each letter keeps its own map entry, so the span of the joined word
        // runs from the first letter to the last and covers the separators between them.
        Flush(first);
        int at = _output.Length;
        int i = first;
        while (i < runEnd)
        {
            int end = WordRules.WordEnd(_chars, i, runEnd, _table);
            _output.AppendRange(_source, i, end);
            i = SplitRun.ScanGap(_chars, end, runEnd, _table).End;
        }

        WordRules.FoldWord(_output.Chars.AsSpan(at, _output.Length - at), _table, _chars.AsSpan(0, _length));
        _copyFrom = runEnd;
    }

    private void AppendEmoji(int start, int end)
    {
        int codePoint = char.IsHighSurrogate(_original[start]) ? char.ConvertToUtf32(_original[start], _original[start + 1]) : _original[start];
        string name = EmojiNames.Instance.NameOf(codePoint);
        _output.EnsureCapacity(name.Length + 2);
        if (_output.Last != ' ')
        {
            _output.Append(' ', start, end);
        }

        foreach (char c in name)
        {
            _output.Append(c, start, end);
        }

        _output.Append(' ', start, end);
    }

    // Copies the unchanged units [_copyFrom, to) to the output; from the first call on, the output holds the result.
    private void Flush(int to)
    {
        if (!_isCopying)
        {
            _output.Reset(_length + 16);
            _isCopying = true;
        }

        if (to > _copyFrom)
        {
            _output.AppendRange(_source, _copyFrom, to);
        }

        _copyFrom = to;
    }

    private char LastOutput(int i) => i > _copyFrom ? _chars[i - 1] : _isCopying ? _output.Last : '\0';

    private bool IsCjk(char c) => _table.ScriptOf(c) is LetterScript.Han or LetterScript.Kana;
}
