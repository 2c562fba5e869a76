using System.Collections.Concurrent;

namespace WildTrace.Detection.Text;

/// <summary>
/// Emoji names and keywords per language (CLDR annotations 48.2 for wildlife and trade emoji; see
/// data/generated/text/SOURCES.md), folded by the normaliser: for Vietnamese, "voi" → "elephant" and "te giac" →
/// "rhinoceros", the English names the normaliser writes for 🐘 and 🦏. Immutable and thread-safe.
/// </summary>
internal sealed class EmojiKeywords
{
    private static readonly Lazy<Dictionary<string, List<(int CodePoint, string Name, string[] Keywords)>>> s_rows = new(Load);
    private static readonly ConcurrentDictionary<string, EmojiKeywords> s_byLocale = new(StringComparer.Ordinal);

    private EmojiKeywords(Dictionary<string, string> phrases, HashSet<string> names, int longestPhraseWords)
    {
        Phrases = phrases;
        Names = names;
        LongestPhraseWords = longestPhraseWords;
    }

    /// <summary>Folded name or keyword → the folded English name of its emoji.</summary>
    public IReadOnlyDictionary<string, string> Phrases { get; }

    /// <summary>The most words in one phrase, to bound the search.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>The folded phrases of <see cref="Phrases"/> that are CLDR short names (tts), not mere keywords.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>
    /// The table for a BCP 47 language tag ("vi", "zh-Hant", "tl"), or null when CLDR has no names for it here.
    /// </summary>
    public static EmojiKeywords? For(string language, TextNormalizer normalizer)
    {
        string locale = ToLocale(language);
        if (!s_rows.Value.TryGetValue(locale, out List<(int, string, string[])>? rows))
        {
            return null;
        }

        return s_byLocale.GetOrAdd(locale, _ => Build(rows, normalizer));
    }

    /// <summary>Maps a BCP 47 tag to the CLDR locale folder the generator used.</summary>
    public static string ToLocale(string language)
    {
        string tag = language.Replace('_', '-').ToLowerInvariant();
        string primary = tag.Split('-')[0];
        return primary switch
        {
            "zh" when tag.Contains("-hant", StringComparison.Ordinal) || tag.EndsWith("-tw", StringComparison.Ordinal)
                || tag.EndsWith("-hk", StringComparison.Ordinal) || tag.EndsWith("-mo", StringComparison.Ordinal) => "zh-Hant",
            "tl" or "fil" => "fil",
            _ => primary,
        };
    }

    private static EmojiKeywords Build(List<(int CodePoint, string Name, string[] Keywords)> rows, TextNormalizer normalizer)
    {
        // A name always stands for its emoji; a keyword only when no other emoji shares it ("động vật", animal, is a
        // keyword of every animal and stands for none).
        Dictionary<string, string> phrases = new(StringComparer.Ordinal);
        Dictionary<string, int> keywordUses = new(StringComparer.Ordinal);
        foreach ((_, _, string[] keywords) in rows)
        {
            foreach (string keyword in keywords)
            {
                string folded = Fold(keyword, normalizer);
                keywordUses[folded] = keywordUses.GetValueOrDefault(folded) + 1;
            }
        }

        foreach ((int codePoint, _, string[] keywords) in rows)
        {
            string english = EmojiNames.Instance.NameOf(codePoint);
            foreach (string keyword in keywords)
            {
                string folded = Fold(keyword, normalizer);
                if (folded.Length > 0 && keywordUses[folded] == 1)
                {
                    phrases.TryAdd(folded, english);
                }
            }
        }

        HashSet<string> names = new(StringComparer.Ordinal);
        foreach ((int codePoint, string name, _) in rows)
        {
            string folded = Fold(name, normalizer);
            if (folded.Length > 0)
            {
                phrases[folded] = EmojiNames.Instance.NameOf(codePoint);
                names.Add(folded);
            }
        }

        int longest = phrases.Keys.Select(p => p.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        return new EmojiKeywords(phrases, names, longest);
    }

    private static string Fold(string phrase, TextNormalizer normalizer) => normalizer.Normalize(phrase).Value.Trim(' ');

    private static Dictionary<string, List<(int, string, string[])>> Load()
    {
        Dictionary<string, List<(int, string, string[])>> rows = new(StringComparer.Ordinal);
        foreach (string line in TextData.ReadLines("emoji-keywords.txt"))
        {
            // "vi\t1F418\tvoi\tđộng vật|voi": locale, emoji, CLDR short name (tts), other keywords.
            string[] fields = line.Split('\t');
            if (!rows.TryGetValue(fields[0], out List<(int, string, string[])>? list))
            {
                rows[fields[0]] = list = [];
            }

            string[] keywords = fields.Length > 3 && fields[3].Length > 0 ? fields[3].Split('|') : [];
            list.Add((TextData.ParseCodePoint(fields[1]), fields[2], keywords));
        }

        return rows;
    }
}
