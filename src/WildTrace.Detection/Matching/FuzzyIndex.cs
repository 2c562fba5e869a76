using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Finds deliberate one-edit misspellings (ivroy, pangolinn, rhyno) of longer single-word terms in Latin, Cyrillic
/// or Greek script, with a SymSpell-style deletion index: two words are within one insertion, deletion,
/// substitution or adjacent transposition only if deleting at most one unit from each gives a common string, so
/// each token costs one hash probe per unit instead of a comparison with every term.
/// Phrases are indexed by their joined form ("tiger bone" as "tigerbone", see <see cref="Text.TermVariants.Joined"/>),
/// and two to four adjacent words of the text are also probed joined, so a misspelt word inside a phrase
/// ("шкурра тигра") and a space moved by one letter ("tarin gharimau" for "taring harimau") are found too.
/// </summary>
/// <remarks>Immutable and thread-safe. The rules (length, first letter, stop words) are in docs/design/matcher.md.</remarks>
internal sealed partial class FuzzyIndex
{
    /// <summary>Shorter terms are never fuzzy-matched: one edit turns most 4-letter words into other real words.</summary>
    public const int MinLength = 5;

    /// <summary>Terms shorter than this must also keep their last letter: one-edit neighbours of short words are
    /// mostly inflections and other real words, which change the ending (bones~boned, mulun~mulus).</summary>
    public const int KeepLastLetterBelow = 8;

    // Longer single words are vanishingly rare in term lists; the cap bounds the per-token stack buffers.
    private const int MaxLength = 32;

    // Four words cover "noun + particle + noun" phrases with one more word ("статуэтка из слоновой кости"); longer
    // phrases are rare in the term database, and each extra word costs a probe per word of every text.
    private const int MaxPhraseWords = 4;

    // Bits of the probe filter per deletion key. At 16 bits a key and one hash, ~6 % of probes of absent keys pass
    // (1 - e^(-1/16)); at the earlier 4 bits ~22 % passed and each pass read two arrays the cache does not hold.
    // 16 bits made the token probes ~15 % cheaper on the generated corpus (perf samples of FindToken relative to
    // the automaton, same run) for 64 KiB of filter at 10,000 terms and 512 KiB at 50,000.
    private const int FilterBitsPerKey = 16;

    private readonly string[] _forms;
    private readonly bool[] _isJoined;
    private readonly int _longestJoined;
    private readonly ulong[] _phraseHeads;
    private readonly ulong[] _phraseStarts;
    private readonly int[] _termIndex;
    private readonly int[] _bucketStart;
    private readonly ulong[] _keys;
    private readonly int[] _formOf;
    private readonly int _mask;
    private readonly int _longestForm;
    private readonly ulong[] _filter;
    private readonly int _filterMask;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords =
        FuzzyStopWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private FuzzyIndex(
        string[] forms, bool[] isJoined, int[] termIndex, int[] bucketStart, ulong[] keys, int[] formOf, int mask, ulong[] filter,
        FrozenSet<string> vocabulary)
    {
        _forms = forms;
        _isJoined = isJoined;
        _longestJoined = forms.Where((_, f) => isJoined[f]).Select(f => f.Length).DefaultIfEmpty(0).Max();
        (_phraseHeads, _phraseStarts) = PhraseHeads(forms, isJoined);
        _termIndex = termIndex;
        _bucketStart = bucketStart;
        _keys = keys;
        _formOf = formOf;
        _mask = mask;
        _longestForm = forms.Max(f => f.Length);
        _filter = filter;
        _filterMask = (filter.Length * 64) - 1;
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True for a form that may be fuzzy-matched: one word of 5 to 32 Latin, Cyrillic or Greek letters.</summary>
    public static bool IsEligible(ReadOnlySpan<char> form)
    {
        if (form.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (char c in form)
        {
            if (!IsFuzzyLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the index over eligible forms, or returns null when there are none.</summary>
    /// <param name="forms">Each term's own normal form, and for phrases their joined form (<c>IsJoined</c>).</param>
    /// <param name="allForms">Every form searched exactly: their words are known words, never misspellings.</param>
    public static FuzzyIndex? Build(IEnumerable<(string Form, int TermIndex, bool IsJoined)> forms, IEnumerable<string> allForms)
    {
        List<string> kept = [];
        List<int> terms = [];
        List<bool> joined = [];
        foreach ((string form, int termIndex, bool isJoined) in forms)
        {
            if (IsEligible(form))
            {
                kept.Add(form);
                terms.Add(termIndex);
                joined.Add(isJoined);
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        List<(ulong Key, int Form)> keys = [];
        Span<ulong> prefix = stackalloc ulong[MaxLength + 2];
        for (int f = 0; f < kept.Count; f++)
        {
            DeletionKeys.Prefix(kept[f], prefix);
            int end = LastDeletion(kept[f].Length, kept[f].Length);
            for (int deleted = -1; deleted < end; deleted = NextDeletion(deleted))
            {
                keys.Add((DeletionKeys.Without(prefix, kept[f].Length, deleted), f));
            }
        }

        int buckets = (int)BitOperations.RoundUpToPowerOf2((uint)keys.Count);
        int mask = buckets - 1;
        int[] start = new int[buckets + 1];
        foreach ((ulong key, _) in keys)
        {
            start[(int)(key & (uint)mask) + 1]++;
        }

        for (int b = 0; b < buckets; b++)
        {
            start[b + 1] += start[b];
        }

        int[] fill = start[..^1];
        ulong[] flatKeys = new ulong[keys.Count];
        int[] formOf = new int[keys.Count];
        foreach ((ulong key, int form) in keys)
        {
            int slot = fill[(int)(key & (uint)mask)]++;
            flatKeys[slot] = key;
            formOf[slot] = form;
        }

        ulong[] filter = new ulong[Math.Max(1, (int)BitOperations.RoundUpToPowerOf2((uint)keys.Count) * FilterBitsPerKey / 64)];
        int filterMask = (filter.Length * 64) - 1;
        foreach ((ulong key, _) in keys)
        {
            int bit = (int)(key >> 40) & filterMask;
            filter[bit >> 6] |= 1UL << bit;
        }

        return new FuzzyIndex([.. kept], [.. joined], [.. terms], start, flatKeys, formOf, mask, filter, Vocabulary(allForms));
    }

    /// <summary>Every word of every searched form: a token the term list itself uses is not a misspelling of
    /// another term ("tiger", from "tiger bone", must not fuzzy-match "tager").</summary>
    private static FrozenSet<string> Vocabulary(IEnumerable<string> forms)
    {
        HashSet<string> words = new(StringComparer.Ordinal);
        foreach (string form in forms)
        {
            int i = 0;
            while (i < form.Length)
            {
                int start = i;
                while (i < form.Length && WordBoundaries.IsWordUnit(form[i]))
                {
                    i++;
                }

                if (i - start >= MinLength)
                {
                    words.Add(form[start..i]);
                }

                i = Math.Max(i, start + 1);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Adds a fuzzy candidate for each word of <paramref name="text"/> within one edit of an indexed term,
    /// skipping words that overlap an exact candidate (the exact hit already explains them), and for each run of two to
    /// four words joined by single spaces that is within one edit of a joined phrase, unless an exact candidate covers
    /// the whole run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // As LiteralAutomaton.FindAll: tiering made it erratic.
    public void FindAll(ReadOnlySpan<char> text, List<Candidate>? exact, ref List<Candidate>? found)
    {
        // The last eligible words, for phrase probes: [0] is the word before the current one, [1] the one before it, …
        // IsHead says whether a joined phrase could start with the word (PhraseHeads), and `heads` counts those, so a
        // text of words no phrase starts like never enters FindPhrases.
        Span<(int Start, int End, bool IsHead)> previous = stackalloc (int, int, bool)[MaxPhraseWords - 1];
        previous.Fill((-2, -2, false));
        int heads = 0;

        // One pass finds each word and whether all of it is Latin, Cyrillic or Greek letters; this loop and the
        // probes below are the fuzzy pass's whole cost (perf: 20 % of it was a non-inlined IsWordUnit call).
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!WordBoundaries.IsWordUnit(c))
            {
                i++;
                continue;
            }

            // Normalised text is mostly lower-case ASCII words: one vector compare measures a word of up to eight
            // letters, where the loop below classifies each unit twice (bench: see docs/design/matcher.md §10).
            int start = i;
            i = char.IsAsciiLetterLower(c) ? AsciiLowerRunEnd(text, i) : i;
            bool isEligible = true;
            while (i < text.Length && WordBoundaries.IsWordUnit(c = text[i]))
            {
                isEligible &= IsFuzzyLetter(c);
                i++;
            }

            int length = i - start;
            if (isEligible && length >= MinLength && length <= _longestForm + 1 && !OverlapsAny(exact, start, i))
            {
                FindToken(text[start..i], start, i, isPhrase: false, ref found);
            }

            if (!isEligible || _longestJoined == 0)
            {
                previous.Fill((-2, -2, false));
                heads = 0;
                continue;
            }

            if (heads > 0)
            {
                FindPhrases(text, previous, start, i, exact, ref found);
            }

            heads -= previous[^1].IsHead ? 1 : 0;
            for (int k = previous.Length - 1; k > 0; k--)
            {
                previous[k] = previous[k - 1];
            }

            bool isHead = MayStartPhrase(text, start, i);
            previous[0] = (start, i, isHead);
            heads += isHead ? 1 : 0;
        }
    }

    // The end of the run of 'a'-'z' that starts at from (which must hold one), eight units at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiLowerRunEnd(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector128<ushort> a = Vector128.Create((ushort)'a');
            Vector128<ushort> span = Vector128.Create((ushort)('z' - 'a'));
            while (i + Vector128<ushort>.Count <= text.Length)
            {
                uint isOther = ~Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref units, (nuint)i) - a, span)
                    .ExtractMostSignificantBits() & 0xFF;
                if (isOther != 0)
                {
                    return i + BitOperations.TrailingZeroCount(isOther);
                }

                i += Vector128<ushort>.Count;
            }
        }

        while (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsFuzzyLetter(char c) =>
        char.IsAsciiLetter(c) ||
        (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u0370' and <= '\u03FF') or
            (>= '\u1F00' and <= '\u1FFF') or (>= '\u0400' and <= '\u052F') && char.IsLetter(c));

    // -1 (no deletion), then 1, 2, …: never the first unit. With the first letter kept on both sides, a pair within
    // one edit always also shares a deletion at a later position (aardvark/ardvark: both "ardvark" via position 1),
    // so deleting the first letter finds nothing new. It saves a probe per word and an index entry per term.
    private static int NextDeletion(int deleted) => deleted < 0 ? 1 : deleted + 1;

    // Likewise the last letter's deletion is never needed when every term it could pair with keeps its last letter
    // (shorter than KeepLastLetterBelow): a word of n units pairs with terms of up to n + 1, hence longestTerm.
    private static int LastDeletion(int longestTerm, int length) =>
        longestTerm < KeepLastLetterBelow ? length - 1 : length;

    private static bool OverlapsAny(List<Candidate>? candidates, int start, int end)
    {
        if (candidates is not null)
        {
            foreach (Candidate candidate in candidates)
            {
                if (candidate.Overlaps(start, end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [SkipLocalsInit] // Prefix writes every slot it reads, so the buffer need not be zeroed for every word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindToken(ReadOnlySpan<char> token, int start, int end, bool isPhrase, ref List<Candidate>? found)
    {
        Span<ulong> prefix = stackalloc ulong[MaxLength + 3];
        DeletionKeys.Prefix(token, prefix);
        int firstFound = found?.Count ?? 0;
        int lastDeletion = LastDeletion(token.Length + 1, token.Length);
        for (int deleted = -1; deleted < lastDeletion; deleted = NextDeletion(deleted))
        {
            ulong key = DeletionKeys.Without(prefix, token.Length, deleted);
            int bit = (int)(key >> 40) & _filterMask;
            if ((_filter[bit >> 6] & (1UL << bit)) == 0)
            {
                continue;
            }

            int bucket = (int)(key & (uint)_mask);
            for (int slot = _bucketStart[bucket]; slot < _bucketStart[bucket + 1]; slot++)
            {
                if (_keys[slot] == key)
                {
                    TryAdd(token, start, end, isPhrase, _formOf[slot], firstFound, ref found);
                }
            }
        }
    }

    private void TryAdd(
        ReadOnlySpan<char> token, int start, int end, bool isPhrase, int form, int firstFound, ref List<Candidate>? found)
    {
        string term = _forms[form];

        // The first letter is kept: sellers misspell to dodge filters but keep the word readable, and requiring it
        // removes most accidental neighbours (every~ivory). Words of the text joined into a phrase pair only with
        // joined phrases, and may be at distance 0: then only the spaces moved ("tarin gharimau"). The vocabulary guard
        // is for single words: a joined phrase is itself in the vocabulary, as a word of its joined form.
        if (term[0] != token[0] || (term.Length < KeepLastLetterBelow && term[^1] != token[^1]) ||
            (isPhrase ? !_isJoined[form] : _stopWords.Contains(token) || _vocabulary.Contains(token)))
        {
            return;
        }

        int distance = EditDistance.OptimalStringAlignment(term, token, 1);
        if (distance > 1 || (distance == 0 && !isPhrase))
        {
            return;
        }

        Candidate candidate = new(_termIndex[form], start, end, MatchMethod.Fuzzy, distance);
        found ??= [];
        for (int k = firstFound; k < found.Count; k++)
        {
            if (found[k] == candidate)
            {
                return;
            }
        }

        found.Add(candidate);
    }
}
