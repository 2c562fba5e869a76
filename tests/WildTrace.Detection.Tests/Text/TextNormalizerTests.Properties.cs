using System.Text;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed partial class TextNormalizerTests
{
    // Pieces that exercise every path: ASCII, Latin with diacritics (precomposed and not), Cyrillic, Greek, Han
    // (simplified and traditional), kana, Thai with marks, Hangul, digits, leet symbols, separators, emoji (BMP and
    // astral, with modifiers), invisible units, mathematical letters, a lone surrogate and NFKC expansions.
    private static readonly string[] s_pieces =
    [
        "a", "b", "I", "v", "o", "r", "y", "Z", " ", "  ", "\t", "\n", ".", "-", "_", "/", "*", ",", "!", "@", "$", "0", "1",
        "4", "7", "9", "é", "e\u0301", "Đ", "ø", "ß", "ẞ", "ǅ", "ﬁ", "ı", "İ", "Ａ", "ｶ", "ﾞ", "а", "о", "Л", "н", "Σ", "ς",
        "ά", "α\u0301", "象", "牙", "鐲", "の", "ช้", "า", "ง", "코", "\u200B", "\u00AD", "\uFE0F", "\u200D", "🐘",
        "🦏", "🏾", "☕", "\U0001D422", "\uD800", "\uDC00", "ﷺ", "½", "①", "™", "\u0301", "\u0E49", "й", "и\u0306",
    ];

    [Fact]
    public void Keeps_offset_map_monotonic_and_inside_the_original_on_random_text()
    {
        Random random = new(42);

        for (int sample = 0; sample < 2000; sample++)
        {
            string text = RandomText(random, random.Next(0, sample % 10 == 0 ? 400 : 40));
            NormalizedText normalized = s_normalizer.Normalize(text);

            TextSpan previous = new(0, 0);
            for (int i = 0; i < normalized.Value.Length; i++)
            {
                TextSpan span = normalized.ToOriginalSpan(new TextSpan(i, i + 1));
                Assert.True(span.Start < span.End && span.End <= text.Length, $"unit {i} of '{normalized.Value}' from '{text}' maps to {span}");
                Assert.True(span.Start >= previous.Start && span.End >= previous.End, $"unit {i} of '{normalized.Value}' from '{text}' goes back");
                previous = span;
            }
        }
    }

    [Fact]
    public void Gives_the_same_result_wherever_the_vectorised_blocks_fall()
    {
        // The word pass skips plain ASCII sixteen units at a time; shifting the text under the block grid must not
        // change what it finds. Listing-like ASCII: words, single letters, digits, leet, separators, double spaces.
        string[] tokens = ["ivory", "a", "i", "v", "o", "r", "y", "bangle", "1v0ry", "p4ng0l1n", "$500", "10cm", "rh!no", ".",
            "-", " ", "  ", "selling", "x", "2kg", "+84", "912", "e.g.", "i.v.o.r.y", "h o r n", "wow!", "@shop"];
        Random random = new(42);

        for (int sample = 0; sample < 500; sample++)
        {
            StringBuilder builder = new("start");
            for (int i = random.Next(5, 60); i > 0; i--)
            {
                builder.Append(' ').Append(tokens[random.Next(tokens.Length)]);
            }

            string text = builder.ToString();
            string expected = s_normalizer.Normalize(text).Value;
            for (int shift = 2; shift < 20; shift++)
            {
                string prefix = new('q', shift);

                string shifted = s_normalizer.Normalize(prefix + " " + text).Value;

                Assert.Equal(prefix + " " + expected, shifted);
            }
        }
    }

    [Fact]
    public void Agrees_with_nfkc_and_lower_case_on_plain_words()
    {
        // Differential check against the BCL: for words of one script without marks, digits or look-alikes, the
        // normaliser must equal Normalize(FormKC) + ToLowerInvariant with runs of white space collapsed (and dropped
        // between Han), because none of the other steps applies.
        string[] alphabets = ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "бвгдлжзийклмнпфцчшщБГДЛЖЗИЙПФЦЧШЩ",
            "象牙犀牛角穿山甲虎骨熊胆", "กขคงจฉชซญฎ", "가나다라마바사아", "ｂｃｄｆｇＢＣＤＦＧ"];
        Random random = new(42);

        for (int sample = 0; sample < 1000; sample++)
        {
            StringBuilder builder = new();
            for (int word = random.Next(1, 6); word > 0; word--)
            {
                string alphabet = alphabets[random.Next(alphabets.Length)];
                for (int letter = random.Next(2, 8); letter > 0; letter--)
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }

                builder.Append(random.Next(3) == 0 ? "  " : " ");
            }

            string text = builder.ToString();
            string expected = Reference(text);

            Assert.Equal(expected, s_normalizer.Normalize(text).Value);
        }
    }

    private static string Reference(string text)
    {
        string folded = string.Join(' ', text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        StringBuilder builder = new();
        for (int i = 0; i < folded.Length; i++)
        {
            bool isBetweenHan = folded[i] == ' ' && i > 0 && i + 1 < folded.Length && IsHan(folded[i - 1]) && IsHan(folded[i + 1]);
            if (!isBetweenHan)
            {
                builder.Append(folded[i]);
            }
        }

        return builder.Append(text.EndsWith(' ') ? " " : string.Empty).ToString();
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string RandomText(Random random, int pieces)
    {
        StringBuilder builder = new();
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        return builder.ToString();
    }
}
