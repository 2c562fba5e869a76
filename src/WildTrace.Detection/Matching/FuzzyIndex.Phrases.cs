using System.Runtime.CompilerServices;

namespace WildTrace.Detection.Matching;

/// <summary>The phrase half of <see cref="FuzzyIndex"/>: runs of two to four words probed joined against the joined
/// forms of phrases, behind a filter that rejects runs no phrase starts like (docs/design/matcher.md §10, rule 7).</summary>
internal sealed partial class FuzzyIndex
{
    // Probes the current word joined with the one to three words before it, when single spaces separate them. The head
    // filter is read from the text, so the joined token is only built for the few runs that pass it.
    [SkipLocalsInit]
    private void FindPhrases(
        ReadOnlySpan<char> text, Span<(int Start, int End, bool IsHead)> previous, int start, int end, List<Candidate>? exact,
        ref List<Candidate>? found)
    {
        Span<char> joined = stackalloc char[MaxLength + 1];
        int next = start;
        int length = end - start;
        for (int words = 2; words <= MaxPhraseWords; words++)
        {
            (int wordStart, int wordEnd, bool isHead) = previous[words - 2];
            length += wordEnd - wordStart;
            if (wordEnd != next - 1 || text[wordEnd] != ' ' || length > Math.Min(_longestJoined + 1, MaxLength))
            {
                return;
            }

            next = wordStart;
            if (isHead && length >= Text.TermVariants.MinJoinedLength && IsPhraseHead(text, wordStart, length) &&
                !CoversAll(exact, wordStart, end))
            {
                int at = 0;
                for (int k = wordStart; k < end; k++)
                {
                    if (text[k] != ' ')
                    {
                        joined[at++] = text[k];
                    }
                }

                FindToken(joined[..at], wordStart, end, isPhrase: true, ref found);
            }
        }
    }

    // Phrase probes are most of the fuzzy pass's work (every run of words is a candidate), and nearly all of them are
    // ordinary words that no phrase starts like. A token within one edit of a joined phrase f that keeps its first
    // letter starts with (f0, f1) or (f0, f2) in its first and second or first and third units, whatever the edit is
    // (an edit after the second unit keeps f0 f1; one at the second unit leaves f0 f2 or f0 x f2, or inserts: f0 x f1),
    // and is one unit longer or shorter at most. So each joined form sets the bits of those pairs at its three lengths,
    // and a token is probed only when one of its two pairs has its bit: one or two loads instead of a probe per unit.
    // The same pairs without the length, in a table small enough for L1, decide cheaply whether a word of the text
    // may start a phrase at all.
    private const int PhraseHeadBits = 1 << 18;
    private const int PhraseStartBits = 1 << 15;

    private static (ulong[] Heads, ulong[] Starts) PhraseHeads(string[] forms, bool[] isJoined)
    {
        ulong[] heads = new ulong[PhraseHeadBits / 64];
        ulong[] starts = new ulong[PhraseStartBits / 64];
        for (int f = 0; f < forms.Length; f++)
        {
            string form = forms[f];
            if (!isJoined[f] || form.Length < 3)
            {
                continue;
            }

            Set(starts, StartBit(form[0], form[1]));
            Set(starts, StartBit(form[0], form[2]));
            for (int length = form.Length - 1; length <= form.Length + 1; length++)
            {
                Set(heads, HeadBit(form[0], form[1], length));
                Set(heads, HeadBit(form[0], form[2], length));
            }
        }

        return (heads, starts);

        static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;
    }

    // The words from `start` on are separated by single spaces, and the joined run is at least MinJoinedLength long, so
    // its second and third letters are within the next five units.
    private bool IsPhraseHead(ReadOnlySpan<char> text, int start, int length)
    {
        int second = text[start + 1] == ' ' ? start + 2 : start + 1;
        int third = text[second + 1] == ' ' ? second + 2 : second + 1;
        return Has(HeadBit(text[start], text[second], length)) || Has(HeadBit(text[start], text[third], length));
    }

    private bool Has(int bit) => (_phraseHeads[bit >> 6] & (1UL << bit)) != 0;

    // A word of three letters or more shows its own pairs; a shorter one borrows letters from the next word, unknown yet.
    private bool MayStartPhrase(ReadOnlySpan<char> text, int start, int end) =>
        end - start < 3 || HasStart(StartBit(text[start], text[start + 1])) || HasStart(StartBit(text[start], text[start + 2]));

    private bool HasStart(int bit) => (_phraseStarts[bit >> 6] & (1UL << bit)) != 0;

    private static int StartBit(char first, char other) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)other * 0x85EBCA77u)) >> 17) & (PhraseStartBits - 1);

    private static int HeadBit(char first, char other, int length) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)other * 0x85EBCA77u) ^ ((uint)length * 0xC2B2AE3Du)) >> 14) & (PhraseHeadBits - 1);

    private static bool CoversAll(List<Candidate>? candidates, int start, int end)
    {
        if (candidates is not null)
        {
            foreach (Candidate candidate in candidates)
            {
                if (candidate.Start <= start && end <= candidate.End)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
