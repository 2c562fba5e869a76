using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Matching;

/// <summary>
/// The matcher's rules written as plainly as possible: <see cref="string.IndexOf(string, int, StringComparison)"/>
/// for every form at every position, and a nested loop over tokens and terms for fuzzy matches. Slow, obviously
/// right, and the oracle of the differential tests.
/// </summary>
internal sealed class ReferenceMatcher(IReadOnlyList<Term> terms, TermMatcherOptions options, Func<string, string> phoneticKey)
{
    private static readonly string[] s_stopWords = [.. FuzzyStopWords.Words];

    public List<TermMatch> FindAll(NormalizedText text)
    {
        HashSet<string> vocabulary = [.. terms
            .SelectMany(t => TermVariants.Generate(options.Normalizer, t.Text.TrimEnd('*'), t.Language))
            .SelectMany(Words)];
        string value = text.Value;
        List<TermMatch> exact = [];
        List<TermMatch> homophones = [];
        List<TermMatch> fuzzy = [];
        List<TermMatch> phrases = [];
        foreach (Term term in terms)
        {
            bool isPrefixForm = term.Text.Length > 1 && term.Text.EndsWith('*');
            string termText = isPrefixForm ? term.Text[..^1] : term.Text;
            IReadOnlyList<string> forms = TermVariants.Generate(options.Normalizer, termText, term.Language);
            for (int f = 0; f < forms.Count; f++)
            {
                AddOccurrences(exact, value, value, forms[f], term, f == 0 ? MatchMethod.Exact : MatchMethod.Variant, isPrefixForm);
                bool isChinese = term.Language is "zh" or "zh-Hant" or "zh-CN";
                string key = phoneticKey(forms[f]);
                if (isChinese && HanPhonetics.HasHan(forms[f]) && (key.Length != forms[f].Length || key.Where((k, i) => k != forms[f][i]).Count() >= 2))
                {
                    AddOccurrences(homophones, phoneticKey(value), value, key, term, MatchMethod.Homophone, isPrefixForm);
                }
            }

            if (options.IsFuzzyEnabled && !isPrefixForm && forms.Count > 0)
            {
                AddFuzzy(fuzzy, value, forms[0], term, vocabulary);
                if (TermVariants.Joined(forms[0]) is { } joined)
                {
                    AddFuzzy(fuzzy, value, joined, term, vocabulary);
                    AddFuzzyPhrases(phrases, value, joined, term);
                }
            }
        }

        List<TermMatch> all = [.. exact];
        all.AddRange(homophones.Where(h => !exact.Any(e => e.Term == h.Term && e.Span == h.Span)));
        List<TermMatch> exactChannel = [.. all];
        all.AddRange(fuzzy.Where(z => !exactChannel.Any(e => e.Span.Start < z.Span.End && z.Span.Start < e.Span.End)));
        all.AddRange(phrases.Where(z => !exactChannel.Any(e => e.Span.Start <= z.Span.Start && z.Span.End <= e.Span.End)));
        return options.MatchKind == MatchKind.All ? all : LeftmostLongest(all);
    }

    /// <summary>Greedy left to right over spans sorted by start and then length; every term at a chosen span is kept.</summary>
    public static List<TermMatch> LeftmostLongest(List<TermMatch> all)
    {
        List<TermMatch> sorted = [.. all.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length)];
        List<TermMatch> kept = [];
        TextSpan? chosen = null;
        foreach (TermMatch match in sorted)
        {
            if (chosen is { } span && match.Span != span && match.Span.Start < span.End)
            {
                continue;
            }

            chosen = match.Span;
            kept.Add(match);
        }

        return kept;
    }

    private static void AddOccurrences(
        List<TermMatch> found, string haystack, string value, string form, Term term, MatchMethod method, bool isPrefixForm)
    {
        if (form.Length == 0)
        {
            return;
        }

        for (int at = haystack.IndexOf(form, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            int end = at + form.Length;
            if (IsBoundary(value, at) && (isPrefixForm || IsBoundary(value, end)))
            {
                TermMatch match = new(term, new TextSpan(at, end), method, 0);
                if (!found.Contains(match))
                {
                    found.Add(match);
                }
            }
        }
    }

    private static IEnumerable<string> Words(string form)
    {
        int i = 0;
        while (i < form.Length)
        {
            int start = i;
            while (i < form.Length && WordBoundaries.IsWordUnit(form[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return form[start..i];
            }

            i = Math.Max(i, start + 1);
        }
    }

    private static void AddFuzzy(List<TermMatch> found, string value, string form, Term term, HashSet<string> vocabulary)
    {
        if (!FuzzyIndex.IsEligible(form))
        {
            return;
        }

        int i = 0;
        while (i < value.Length)
        {
            int start = i;
            while (i < value.Length && WordBoundaries.IsWordUnit(value[i]))
            {
                i++;
            }

            string token = value[start..i];
            if (token.Length >= 5 && FuzzyIndex.IsEligible(token) && token[0] == form[0] &&
                (form.Length >= 8 || token[^1] == form[^1]) &&
                !s_stopWords.Contains(token) && !vocabulary.Contains(token) && Distance(token, form) == 1)
            {
                found.Add(new TermMatch(term, new TextSpan(start, i), MatchMethod.Fuzzy, 1));
            }

            i = Math.Max(i, start + 1);
        }
    }

    // Two to four words of fuzzy letters, single spaces between them, joined: within one edit of a joined phrase, or
    // equal to it with the spaces elsewhere.
    private static void AddFuzzyPhrases(List<TermMatch> found, string value, string joined, Term term)
    {
        if (!FuzzyIndex.IsEligible(joined))
        {
            return;
        }

        List<(int Start, int End)> words = [];
        int i = 0;
        while (i < value.Length)
        {
            int start = i;
            while (i < value.Length && WordBoundaries.IsWordUnit(value[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }

            i = Math.Max(i, start + 1);
        }

        for (int first = 0; first < words.Count; first++)
        {
            for (int last = first + 1; last < words.Count && last - first < 4; last++)
            {
                (int start, int end) = (words[first].Start, words[last].End);
                string phrase = value[start..end];
                string token = phrase.Replace(" ", "", StringComparison.Ordinal);
                bool isSpacedOnce = phrase.Length - token.Length == last - first && !phrase.Contains("  ", StringComparison.Ordinal);
                if (isSpacedOnce && token.Length >= TermVariants.MinJoinedLength && token.Length <= 32 &&
                    token.All(c => FuzzyIndex.IsEligible(new string('a', 4) + c)) && token[0] == joined[0] &&
                    (joined.Length >= 8 || token[^1] == joined[^1]) && Distance(token, joined) is int d && d <= 1)
                {
                    TermMatch match = new(term, new TextSpan(start, end), MatchMethod.Fuzzy, d);
                    if (!found.Contains(match))
                    {
                        found.Add(match);
                    }
                }
            }
        }
    }

    private static bool IsBoundary(string value, int index) =>
        index == 0 || index == value.Length || !(WordBoundaries.IsWordUnit(value[index - 1]) && WordBoundaries.IsWordUnit(value[index]));

    // Textbook optimal-string-alignment distance on a full matrix.
    private static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
