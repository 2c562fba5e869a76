using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WildTrace.Detection.Text;

/// <summary>
/// The per-character half of normalisation, precomputed once for every BMP unit: what the unit folds to (NFKC, full
/// case folding, Latin diacritics, traditional → simplified Han, Latin look-alikes), and what kind of unit it is.
/// Astral code points are folded through a small dictionary (mathematical letters, enclosed letters, CJK compatibility
/// ideographs, astral case pairs). Immutable and thread-safe; built lazily on first use (see FoldTableBuilder).
/// </summary>
internal sealed class FoldTable
{
    // Entry layout: bits 0-15 the folded unit (or an index into _expansions), 16-19 CharKind, 20-23 LetterScript,
    // then flags: Simple (one unit out, nothing contextual: pass 1's fast path), WordUnit (letter, mark, digit or leet
    // symbol), Leet (digit or leet symbol), and two for marks. One uint per unit keeps the whole BMP in 256 KiB, and
    // each hot loop does one load per unit.
    internal const int KindShift = 16;
    internal const int ScriptShift = 20;
    internal const uint ExpansionFlag = 1u << 24;
    internal const uint SimpleFlag = 1u << 25;
    internal const uint ComposingMarkFlag = 1u << 26;
    internal const uint DiacriticFlag = 1u << 27;
    internal const uint WordUnitFlag = 1u << 28;
    internal const uint LeetFlag = 1u << 29;

    private static readonly Lazy<FoldTable> s_instance = new(FoldTableBuilder.Build);

    private readonly uint[] _entries;
    private readonly string[] _expansions;
    private readonly Dictionary<int, string> _astral;

    internal FoldTable(uint[] entries, string[] expansions, Dictionary<int, string> astral)
    {
        Debug.Assert(entries.Length == 0x10000, "one entry per BMP unit");
        _entries = entries;
        _expansions = expansions;
        _astral = astral;
    }

    /// <summary>The shared table, built on first use (about 0.1 s: every BMP unit goes through ICU's NFKC once).</summary>
    public static FoldTable Instance => s_instance.Value;

    /// <summary>The raw entry of <paramref name="c"/>; see the layout above.</summary>
    /// <remarks>A char is always below the table's 65,536 entries, so the bounds check is skipped: every hot loop
    /// does this load once per unit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint EntryOf(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), c);

    /// <summary>The kind of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CharKind KindOf(char c) => (CharKind)((EntryOf(c) >> KindShift) & 0xF);

    /// <summary>The script of <paramref name="c"/> when it is a letter; <see cref="LetterScript.None"/> otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LetterScript ScriptOf(char c) => (LetterScript)((EntryOf(c) >> ScriptShift) & 0xF);

    /// <summary>The folded form of a unit whose entry has <see cref="ExpansionFlag"/>; may be empty.</summary>
    public string ExpansionOf(uint entry) => _expansions[entry & 0xFFFF];

    /// <summary>The folded form of an astral code point, or null when it folds to itself.</summary>
    public string? FoldAstral(int codePoint) => _astral.GetValueOrDefault(codePoint);

    /// <summary>Folds a string unit by unit, without the word-level steps; used for table data such as emoji names.</summary>
    public string FoldSimple(string text)
    {
        System.Text.StringBuilder builder = new(text.Length);
        foreach (char c in text)
        {
            uint entry = _entries[c];
            if ((entry & ExpansionFlag) != 0)
            {
                builder.Append(ExpansionOf(entry));
            }
            else if (((entry >> KindShift) & 0xF) != (uint)CharKind.Removed)
            {
                builder.Append((char)entry);
            }
        }

        return builder.ToString();
    }
}
