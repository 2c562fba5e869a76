using System.Text;

namespace WildTrace.Detection.Text;

/// <summary>
/// The normalised forms under which one term is searched: its own normal form plus the forms the engine derives
/// (the phrase without its spaces, pinyin readings of Chinese terms, emoji standing in for a word of the term's
/// language).
/// </summary>
internal static class TermVariants
{
    // A term with many emoji words would otherwise produce every subset of substitutions.
    private const int MaxEmojiVariants = 8;

    /// <summary>The shortest joined phrase (<see cref="Joined"/>) searched: "sừng tê" (6), not "de la" (4).</summary>
    public const int MinJoinedLength = 6;

    // Scripts written without spaces: emoji names are found inside words there ("象牙" holds 象, elephant).
    private static readonly HashSet<string> s_unspacedLocales = new(StringComparer.Ordinal) { "zh", "zh-Hant", "ja", "th", "lo", "km", "my" };

    /// <summary>Returns the distinct normalised forms of <paramref name="termText"/>, its own normal form first.</summary>
    /// <param name="normalizer">The normaliser the text will go through.</param>
    /// <param name="termText">The term as written in the term list.</param>
    /// <param name="language">The term's BCP 47 language; Chinese ("zh", "zh-Hant", "zh-TW"…) adds pinyin forms.</param>
    /// <returns>Forms with no leading or trailing space; empty forms are dropped.</returns>
    public static IReadOnlyList<string> Generate(TextNormalizer normalizer, string termText, string language)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(termText);
        ArgumentNullException.ThrowIfNull(language);

        string own = normalizer.Normalize(termText).Value.Trim(' ');
        List<string> forms = [own];
        if (Joined(own) is { } joined)
        {
            forms.Add(joined);
        }

        string locale = EmojiKeywords.ToLocale(language);
        if (locale is "zh" or "zh-Hant" && HanPhonetics.HasHan(own))
        {
            // Sellers write pinyin with and without spaces between syllables ("xiang ya", "xiangya"), never with tones.
            forms.Add(HanPhonetics.ToPinyin(own, " "));
            forms.Add(HanPhonetics.ToPinyin(own, string.Empty));
        }

        if (EmojiKeywords.For(language, normalizer) is { } keywords)
        {
            forms.AddRange(SubstituteEmoji(own, keywords, s_unspacedLocales.Contains(locale)));
        }

        return [.. forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The form with its spaces removed, or null for a one-word form or a short phrase. Hashtags ("#sanglier", "#ngàvoi")
    /// and letters split across the gaps between words ("c o r n o d i r i n o c e r o n t e", which the normaliser joins
    /// into one word) write phrases without spaces; below <see cref="MinJoinedLength"/> units the joined form of a
    /// phrase is too often an ordinary word of some language.
    /// </summary>
    public static string? Joined(string form) =>
        form.Contains(' ', StringComparison.Ordinal) && form.Length - form.AsSpan().Count(' ') >= MinJoinedLength
            ? form.Replace(" ", string.Empty, StringComparison.Ordinal)
            : null;

    private static IEnumerable<string> SubstituteEmoji(string form, EmojiKeywords keywords, bool isUnspaced)
    {
        List<(int Start, int End, string English)> hits = isUnspaced ? FindInside(form, keywords) : FindWords(form, keywords);
        if (hits.Count == 0)
        {
            yield break;
        }

        if (!CoversWholeTerm(form, hits) || hits.TrueForAll(hit => keywords.Names.Contains(form[hit.Start..hit.End])))
        {
            yield return Replace(form, hits);
        }

        for (int i = 0; i < hits.Count && i < MaxEmojiVariants - 1 && hits.Count > 1; i++)
        {
            yield return Replace(form, [hits[i]]);
        }
    }

    // A variant made only of emoji KEYWORDS says nothing of the term: keywords are loose associations (zh 动物园, "zoo",
    // is a keyword of the tiger emoji), so "动物园" must not become "tiger". A term that is exactly an emoji's short
    // name ("носорог" for 🦏) may; otherwise a variant keeps at least one word of the term ("ngà voi" → "nga elephant").
    private static bool CoversWholeTerm(string form, List<(int Start, int End, string English)> hits)
    {
        int covered = 0;
        foreach ((int start, int end, _) in hits)
        {
            covered += end - start;
        }

        return covered >= form.Length - form.AsSpan().Count(' ');
    }

    // Whole words and phrases of words, longest first: "sừng tê giác" finds "te giac" (🦏), not "giac".
    private static List<(int, int, string)> FindWords(string form, EmojiKeywords keywords)
    {
        List<(int, int, string)> hits = [];
        List<(int Start, int End)> words = [];
        for (int i = 0; i < form.Length;)
        {
            int end = form.IndexOf(' ', i);
            end = end < 0 ? form.Length : end;
            if (end > i)
            {
                words.Add((i, end));
            }

            i = end + 1;
        }

        for (int w = 0; w < words.Count;)
        {
            int taken = 0;
            for (int count = Math.Min(keywords.LongestPhraseWords, words.Count - w); count > 0 && taken == 0; count--)
            {
                string phrase = form[words[w].Start..words[w + count - 1].End];
                if (keywords.Phrases.TryGetValue(phrase, out string? english))
                {
                    hits.Add((words[w].Start, words[w + count - 1].End, english));
                    taken = count;
                }
            }

            w += Math.Max(taken, 1);
        }

        return hits;
    }

    // Substrings, longest first at each position: for Chinese "大象" before "象".
    private static List<(int, int, string)> FindInside(string form, EmojiKeywords keywords)
    {
        const int LongestName = 8;
        List<(int, int, string)> hits = [];
        for (int i = 0; i < form.Length;)
        {
            int taken = 0;
            for (int length = Math.Min(LongestName, form.Length - i); length > 0 && taken == 0; length--)
            {
                if (keywords.Phrases.TryGetValue(form.Substring(i, length), out string? english))
                {
                    hits.Add((i, i + length, english));
                    taken = length;
                }
            }

            i += Math.Max(taken, 1);
        }

        return hits;
    }

    // Each emoji reads as its name between spaces, so the variant spells it that way and then collapses the spaces.
    private static string Replace(string form, List<(int Start, int End, string English)> hits)
    {
        StringBuilder builder = new(form.Length + 16);
        int at = 0;
        foreach ((int start, int end, string english) in hits)
        {
            builder.Append(form, at, start - at).Append(' ').Append(english).Append(' ');
            at = end;
        }

        builder.Append(form, at, form.Length - at);
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
