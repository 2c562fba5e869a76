using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace WildTrace.Detection.Text;

/// <summary>
/// Pass 1 of <see cref="TextNormalizer"/>: folds every unit through <see cref="FoldTable"/>, drops invisible units,
/// resolves combining marks and surrogate pairs, and leaves a placeholder (U+FFFC) for each emoji. Keeps the offset map.
/// </summary>
internal static class CharPass
{
    /// <summary>The unit that stands for an emoji between the passes; U+FFFC in the input itself is removed.</summary>
    public const char EmojiPlaceholder = '\uFFFC';

    // Room for the longest NFKC expansion of one code point (U+FDFA is 18 units) plus slack.
    private const int ExpansionSlack = 32;

    // Below this many printable ASCII units in a row, the vectorised path costs more than it saves.
    private const int MinAsciiRun = 8;

    // Hot loop: compiled fully optimised at once, instead of running tier-0 code for the first seconds of a scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(string text, FoldTable table, UnitBuffer output)
    {
        output.Reset(text.Length + ExpansionSlack);
        char[] chars = output.Chars;
        int[] starts = output.Starts;
        int[] ends = output.Ends;
        int n = 0;
        int nextAsciiTry = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= ' ' and <= '~' && i >= nextAsciiTry && i + MinAsciiRun <= text.Length && text[i + MinAsciiRun - 1] is >= ' ' and <= '~')
            {
                // ASCII fast path: printable ASCII folds to its lower case, one unit for one, so a whole run is one
                // vectorised lower-casing plus two vectorised ramps for the map (about 3x the table loop on English).
                int run = text.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
                run = run < 0 ? text.Length - i : run;
                if (run >= MinAsciiRun)
                {
                    Ascii.ToLower(text.AsSpan(i, run), chars.AsSpan(n, run), out _);
                    FillRamp(starts.AsSpan(n, run), i);
                    FillRamp(ends.AsSpan(n, run), i + 1);
                    n += run;
                    i += run - 1;
                    continue;
                }

                // A short run goes through the table; looking again inside it would find the same short run.
                nextAsciiTry = i + run + 1;
            }

            uint entry = table.EntryOf(c);

            // Fast path: one unit in, one unit out, nothing contextual. The capacity invariant below (room for every
            // remaining input unit plus slack) lets the hot loop skip the three bounds checks.
            if ((entry & FoldTable.SimpleFlag) != 0)
            {
                Debug.Assert(n < chars.Length, "the capacity invariant holds");
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chars), n) = (char)entry;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(starts), n) = i;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ends), n) = i + 1;
                n++;
                continue;
            }

            output.Length = n;
            i = RunSlow(text, i, entry, table, output);
            output.EnsureCapacity(text.Length - i + ExpansionSlack);
            (chars, starts, ends, n) = (output.Chars, output.Starts, output.Ends, output.Length);
        }

        output.Length = n;
    }

    // Returns the index of the last input unit consumed.
    private static int RunSlow(string text, int i, uint entry, FoldTable table, UnitBuffer output)
    {
        switch ((CharKind)((entry >> FoldTable.KindShift) & 0xF))
        {
            case CharKind.Removed:
                Absorb(output, i + 1);
                return i;
            case CharKind.Emoji:
                output.Append(EmojiPlaceholder, i, i + 1);
                return i;
            case CharKind.Mark:
                FoldMark(text[i], i, entry, table, output);
                return i;
            case CharKind.HighSurrogate when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                FoldAstral(char.ConvertToUtf32(text[i], text[i + 1]), i, text, table, output);
                return i + 1;
        }

        if ((entry & FoldTable.ExpansionFlag) != 0)
        {
            foreach (char c in table.ExpansionOf(entry))
            {
                output.Append(c, i, i + 1);
            }
        }
        else
        {
            output.Append((char)entry, i, i + 1);
        }

        return i;
    }

    private static void FoldAstral(int codePoint, int i, string text, FoldTable table, UnitBuffer output)
    {
        string? folded = table.FoldAstral(codePoint);
        if (folded is null && EmojiNames.Instance.Contains(codePoint))
        {
            output.Append(EmojiPlaceholder, i, i + 2);
        }
        else if (folded is null)
        {
            output.Append(text[i], i, i + 2);
            output.Append(text[i + 1], i, i + 2);
        }
        else if (folded.Length == 0)
        {
            Absorb(output, i + 2);
        }
        else
        {
            foreach (char c in folded)
            {
                output.Append(c, i, i + 2);
            }
        }
    }

    private static void FoldMark(char mark, int i, uint entry, FoldTable table, UnitBuffer output)
    {
        int last = output.Length - 1;
        LetterScript script = last >= 0 ? table.ScriptOf(output.Chars[last]) : LetterScript.None;
        if (script == LetterScript.Latin)
        {
            // Diacritics are folded away for Latin only: "e\u0301" reads "e", and the "e" now covers both units.
            Absorb(output, i + 1);
            return;
        }

        if ((entry & FoldTable.ComposingMarkFlag) != 0 && script is LetterScript.Greek or LetterScript.Cyrillic or LetterScript.Kana)
        {
            // Decomposed й, ά or ガ (half-width ｶﾞ folds to カ + U+3099) must equal the precomposed letter, as NFKC would.
            string composed = string.Concat(output.Chars[last], mark).Normalize(NormalizationForm.FormC);
            if (composed.Length == 1)
            {
                uint composedEntry = table.EntryOf(composed[0]);
                output.Chars[last] = (composedEntry & FoldTable.ExpansionFlag) == 0 ? (char)composedEntry : composed[0];
                Absorb(output, i + 1);
                return;
            }
        }

        if ((entry & FoldTable.DiacriticFlag) != 0)
        {
            Absorb(output, i + 1);
            return;
        }

        output.Append(mark, i, i + 1);
    }

    private static void FillRamp(Span<int> destination, int first)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && destination.Length >= Vector256<int>.Count)
        {
            Vector256<int> values = Vector256.Create(first) + Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            Vector256<int> step = Vector256.Create(Vector256<int>.Count);
            ref int start = ref MemoryMarshal.GetReference(destination);
            for (; i <= destination.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                values.StoreUnsafe(ref start, (nuint)i);
                values += step;
            }
        }

        for (; i < destination.Length; i++)
        {
            destination[i] = first + i;
        }
    }

    // An invisible unit joins the unit before it, so a span over that unit also covers what the seller hid after it.
    private static void Absorb(UnitBuffer output, int end)
    {
        if (output.Length > 0)
        {
            output.Ends[output.Length - 1] = end;
        }
    }
}
