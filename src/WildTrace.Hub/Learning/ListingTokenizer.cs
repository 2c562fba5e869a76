using System.Globalization;
using System.Text;
using WildTrace.Detection.Text;

namespace WildTrace.Hub.Learning;

/// <summary>
/// Cuts a normalised listing into the pieces <see cref="TermMiner"/> counts: words (runs of letters and digits), pairs
/// of words separated only by white space, and, in scripts written without spaces (Han, kana, Thai, Lao, Khmer,
/// Myanmar), character 2–4-grams within a run, since there a word's edges are not visible. Words with digits (prices,
/// quantities, phone numbers, model numbers), words shorter than <see cref="MinWordLetters"/> letters and words the
/// seller typed without a letter (emoji the normaliser spelled out) are dropped, and so is anything that touches a URL,
/// an e-mail address or a handle (<see cref="ContactDetails"/>).
/// </summary>
internal static class ListingTokenizer
{
    public const int MinWordLetters = 3; // shorter words in alphabetic scripts are mostly function words and abbreviations
    public const int MinHangulLetters = 2; // a Hangul letter is a syllable: 상아 (ivory) is two
    public const int MinGramLength = 2;
    public const int MaxGramLength = 4;

    private enum Piece
    {
        Separator,
        Word,
        Spaceless,
    }

    public static List<ListingToken> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string value = text.Value;
        List<ListingToken> tokens = [];
        TextSpan? previousWord = null;
        foreach ((TextSpan span, Piece piece) in Split(value))
        {
            if (piece == Piece.Spaceless)
            {
                AddGrams(value, span, tokens);
                previousWord = null;
                continue;
            }

            if (!IsCandidateWord(value.AsSpan(span.Start, span.Length)) || !HasLetter(text, span))
            {
                previousWord = null;
                continue;
            }

            string word = value[span.Start..span.End];
            tokens.Add(new ListingToken(span, word, IsCharacterGram: false));
            if (previousWord is { } left && IsWhiteSpace(value.AsSpan(left.End, span.Start - left.End)))
            {
                tokens.Add(new ListingToken(new TextSpan(left.Start, span.End), value[left.Start..left.End] + " " + word, IsCharacterGram: false));
            }

            previousWord = span;
        }

        List<TextSpan> contacts = ContactDetails.FindSpans(text.Original);
        return contacts.Count == 0 ? tokens : [.. tokens.Where(t => !Overlaps(text.ToOriginalSpan(t.Span), contacts))];
    }

    /// <summary>Maximal runs of word characters of one kind; combining marks stay with the character before them.</summary>
    private static IEnumerable<(TextSpan Span, Piece Piece)> Split(string value)
    {
        int start = 0;
        Piece current = Piece.Separator;
        int index = 0;
        while (index < value.Length)
        {
            Rune.DecodeFromUtf16(value.AsSpan(index), out Rune rune, out int length);
            Piece piece = IsMark(rune) && current != Piece.Separator ? current : Classify(rune);
            if (piece != current)
            {
                if (current != Piece.Separator)
                {
                    yield return (new TextSpan(start, index), current);
                }

                start = index;
                current = piece;
            }

            index += length;
        }

        if (current != Piece.Separator)
        {
            yield return (new TextSpan(start, value.Length), current);
        }
    }

    private static Piece Classify(Rune rune) =>
        !Rune.IsLetterOrDigit(rune) ? Piece.Separator : IsSpaceless(rune.Value) ? Piece.Spaceless : Piece.Word;

    /// <summary>N-grams counted in base characters (a Thai vowel sign or tone mark rides along with its consonant).</summary>
    private static void AddGrams(string value, TextSpan run, List<ListingToken> tokens)
    {
        List<int> bases = [];
        int index = run.Start;
        while (index < run.End)
        {
            Rune.DecodeFromUtf16(value.AsSpan(index), out Rune rune, out int length);
            if (!IsMark(rune))
            {
                bases.Add(index);
            }

            index += length;
        }

        for (int i = 0; i < bases.Count; i++)
        {
            for (int n = MinGramLength; n <= MaxGramLength && i + n <= bases.Count; n++)
            {
                int end = i + n < bases.Count ? bases[i + n] : run.End;
                tokens.Add(new ListingToken(new TextSpan(bases[i], end), value[bases[i]..end], IsCharacterGram: true));
            }
        }
    }

    private static bool IsCandidateWord(ReadOnlySpan<char> word)
    {
        int letters = 0;
        bool isHangul = false;
        foreach (Rune rune in word.EnumerateRunes())
        {
            if (Rune.IsDigit(rune) || Rune.IsNumber(rune))
            {
                return false;
            }

            if (Rune.IsLetter(rune))
            {
                letters++;
                isHangul |= rune.Value is >= 0xAC00 and <= 0xD7A3 or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F;
            }
        }

        return letters >= (isHangul ? MinHangulLetters : MinWordLetters);
    }

    /// <summary>
    /// Whether the seller typed a letter there: the normaliser spells emoji out (🗿 → "moai", ✅ → "check mark button"),
    /// and a decoration repeated across one seller's listings is not a code word. Emoji terms are curated by hand.
    /// </summary>
    private static bool HasLetter(NormalizedText text, TextSpan span)
    {
        TextSpan original = text.ToOriginalSpan(span);
        foreach (Rune rune in text.Original.AsSpan(original.Start, original.Length).EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpaceless(int c) =>
        c is >= 0x3400 and <= 0x4DBF // CJK extension A
        or >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
        or >= 0xF900 and <= 0xFAFF // CJK compatibility ideographs
        or >= 0x20000 and <= 0x3FFFF // CJK extensions B and later
        or >= 0x3040 and <= 0x30FF // hiragana, katakana
        or >= 0x31F0 and <= 0x31FF // katakana phonetic extensions
        or >= 0xFF66 and <= 0xFF9F // half-width katakana
        or >= 0x0E00 and <= 0x0EFF // Thai, Lao
        or >= 0x1000 and <= 0x109F // Myanmar
        or >= 0xAA60 and <= 0xAA7F // Myanmar extended A
        or >= 0x1780 and <= 0x17FF // Khmer
        or >= 0x19E0 and <= 0x19FF; // Khmer symbols

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsWhiteSpace(ReadOnlySpan<char> gap) => !gap.IsEmpty && gap.Trim().IsEmpty;

    private static bool Overlaps(TextSpan span, List<TextSpan> others) => others.Exists(o => o.Start < span.End && span.Start < o.End);
}
