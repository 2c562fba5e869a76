using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Finds every term of a term list, with its derived variants, homophones and (optionally) one-edit misspellings,
/// in normalised text: one automaton pass for all forms, plus one over the homophone key when the text has Han
/// characters and one over its words for misspellings.
/// </summary>
/// <remarks>
/// <para>Immutable and safe to share between threads once created; build it once per term list (about half a
/// second to two seconds for 50,000 terms, about 100 MB) and reuse it for every listing.</para>
/// <para>A term matches only on word boundaries in scripts that separate words with spaces ("rhino" is not found in
/// "rhinoceros"), and anywhere in scripts written without spaces (Chinese, Japanese, Korean, Thai, Lao, Khmer,
/// Burmese). A term whose text ends with <c>*</c> (<c>rhino*</c>) is a prefix form: it may end inside a word.
/// See docs/design/matcher.md for the algorithm and every rule.</para>
/// </remarks>
public sealed class TermMatcher
{
    private readonly Term[] _terms;
    private readonly MatchKind _matchKind;
    private readonly PatternSet _exact;
    private readonly PatternSet? _phonetic;
    private readonly Func<string, string> _phoneticKey;
    private readonly FuzzyIndex? _fuzzy;

    private TermMatcher(
        Term[] terms, MatchKind matchKind, PatternSet exact, PatternSet? phonetic, Func<string, string> phoneticKey,
        FuzzyIndex? fuzzy)
    {
        _terms = terms;
        _matchKind = matchKind;
        _exact = exact;
        _phonetic = phonetic;
        _phoneticKey = phoneticKey;
        _fuzzy = fuzzy;
    }

    /// <summary>The number of terms the matcher was built from.</summary>
    public int TermCount => _terms.Length;

    /// <summary>The number of distinct normalised forms searched for (terms and their variants).</summary>
    internal int PatternCount => _exact.PatternCount;

    internal LiteralAutomaton Automaton => _exact.Automaton;

    /// <summary>Compiles a matcher for <paramref name="terms"/>.</summary>
    /// <param name="terms">The terms; their texts are normalised with <see cref="TermMatcherOptions.Normalizer"/>.
    /// A text ending with <c>*</c> is a prefix form. Terms whose text normalises to nothing are never reported.</param>
    /// <param name="options">Options; <see cref="TermMatcherOptions.Default"/> when null.</param>
    /// <returns>An immutable, thread-safe matcher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of its items is null.</exception>
    public static TermMatcher Create(IEnumerable<Term> terms, TermMatcherOptions? options = null) =>
        Create(terms, options, HanPhonetics.ToPhoneticKey);

    /// <summary>Like the public overload, with the homophone key function replaceable for tests.</summary>
    internal static TermMatcher Create(
        IEnumerable<Term> terms, TermMatcherOptions? options, Func<string, string> phoneticKey)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(phoneticKey);
        options ??= TermMatcherOptions.Default;

        Term[] termArray = [.. terms];
        List<(string, PatternEntry)> exactForms = [];
        List<(string, PatternEntry)> phoneticForms = [];
        List<(string, int, bool)> fuzzyForms = [];
        for (int t = 0; t < termArray.Length; t++)
        {
            Term term = termArray[t];
            ArgumentNullException.ThrowIfNull(term, nameof(terms));
            bool isPrefixForm = term.Text.Length > 1 && term.Text[^1] == '*';
            string text = isPrefixForm ? term.Text[..^1] : term.Text;
            IReadOnlyList<string> forms = TermVariants.Generate(options.Normalizer, text, term.Language);
            for (int f = 0; f < forms.Count; f++)
            {
                MatchMethod method = f == 0 ? MatchMethod.Exact : MatchMethod.Variant;
                exactForms.Add((forms[f], new PatternEntry(t, method, isPrefixForm)));
                if (IsChinese(term.Language) && HanPhonetics.HasHan(forms[f]))
                {
                    string key = phoneticKey(forms[f]);
                    if (IsHomophoneKey(key, forms[f]))
                    {
                        phoneticForms.Add((key, new PatternEntry(t, MatchMethod.Homophone, isPrefixForm)));
                    }
                }
            }

            if (forms.Count > 0 && !isPrefixForm)
            {
                fuzzyForms.Add((forms[0], t, false));
                if (TermVariants.Joined(forms[0]) is { } joined)
                {
                    fuzzyForms.Add((joined, t, true));
                }
            }
        }

        return new TermMatcher(
            termArray,
            options.MatchKind,
            PatternSet.Build(exactForms),
            phoneticForms.Count > 0 ? PatternSet.Build(phoneticForms) : null,
            phoneticKey,
            options.IsFuzzyEnabled ? FuzzyIndex.Build(fuzzyForms, exactForms.Select(f => f.Item1)) : null);
    }

    /// <summary>Finds the terms in <paramref name="text"/>.</summary>
    /// <param name="text">Text normalised with the same normaliser as the terms.</param>
    /// <returns>The matches, ordered by start, then longer span first, then by <see cref="MatchMethod"/>, then by the
    /// order of the terms given to <see cref="Create(IEnumerable{Term}, TermMatcherOptions?)"/>. With
    /// <see cref="MatchKind.LeftmostLongest"/> the spans do not overlap, except that every term matching the chosen
    /// span is reported (two terms may share a normal form). A fuzzy match is never reported over a word that an
    /// exact, variant or homophone match overlaps. Empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TermMatch> FindAll(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string value = text.Value;
        List<Candidate>? candidates = null;
        List<RawMatch>? raw = null;
        _exact.Automaton.FindAll(value, ref raw);
        AddCandidates(_exact, value, raw, ref candidates);

        if (_phonetic is not null && HanPhonetics.HasHan(value))
        {
            AddHomophones(value, ref candidates);
        }

        if (_fuzzy is not null)
        {
            _fuzzy.FindAll(value, candidates, ref candidates);
        }

        return candidates is null ? [] : MatchSelection.Select(candidates, _matchKind, _terms);
    }

    // One syllable is too little to match by sound: each toned syllable is shared by dozens of characters, so the key of
    // a one-character term (鼋, yuán) would match common words (円, 元, 园). Two or more read characters are needed.
    private static bool IsHomophoneKey(string key, string form)
    {
        if (key.Length != form.Length)
        {
            return true; // A broken key function: FindAll reports it.
        }

        int read = 0;
        for (int i = 0; i < key.Length; i++)
        {
            read += key[i] != form[i] ? 1 : 0;
        }

        return read >= 2;
    }

    private static bool IsChinese(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) &&
        (language.Length == 2 || language[2] == '-') ||
        language.Equals("cmn", StringComparison.OrdinalIgnoreCase);

    private static void AddCandidates(PatternSet set, string value, List<RawMatch>? raw, ref List<Candidate>? candidates)
    {
        if (raw is null)
        {
            return;
        }

        foreach (RawMatch match in raw)
        {
            int start = match.End - set.LengthOf(match.Pattern);
            if (!WordBoundaries.IsBoundary(value, start))
            {
                continue;
            }

            bool endsOnBoundary = WordBoundaries.IsBoundary(value, match.End);
            foreach (PatternEntry entry in set.EntriesOf(match.Pattern))
            {
                if (endsOnBoundary || entry.IsPrefixForm)
                {
                    candidates ??= [];
                    candidates.Add(new Candidate(entry.TermIndex, start, match.End, entry.Method, 0));
                }
            }
        }
    }

    private void AddHomophones(string value, ref List<Candidate>? candidates)
    {
        // The key has the length of the value, so its spans are spans of the value and boundaries are checked there.
        string key = _phoneticKey(value);
        if (key.Length != value.Length)
        {
            throw new InvalidOperationException("A phonetic key must have the length of its input.");
        }

        List<RawMatch>? raw = null;
        _phonetic!.Automaton.FindAll(key, ref raw); // Non-null: the caller checked.
        List<Candidate>? homophones = null;
        AddCandidates(_phonetic, value, raw, ref homophones);
        if (homophones is null)
        {
            return;
        }

        int exactCount = candidates?.Count ?? 0;
        foreach (Candidate homophone in homophones)
        {
            if (!IsSameTermAndSpan(candidates, exactCount, homophone))
            {
                candidates ??= [];
                candidates.Add(homophone);
            }
        }
    }

    private static bool IsSameTermAndSpan(List<Candidate>? exact, int count, Candidate homophone)
    {
        for (int i = 0; i < count; i++)
        {
            Candidate c = exact![i]; // Non-null whenever count > 0.
            if (c.TermIndex == homophone.TermIndex && c.Start == homophone.Start && c.End == homophone.End)
            {
                return true;
            }
        }

        return false;
    }
}
