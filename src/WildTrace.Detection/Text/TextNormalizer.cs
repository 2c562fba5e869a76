namespace WildTrace.Detection.Text;

/// <summary>
/// Folds the disguises sellers use (case, width, diacritics, confusable letters, leetspeak, split letters, emoji,
/// traditional Chinese) into one canonical form that term matching runs on, keeping a map back to the original.
/// </summary>
/// <remarks>
/// <para>The result is lower-case NFKC text with full Unicode case folding; Latin letters lose their diacritics
/// ("Ngà Voi" → "nga voi", "đồi mồi" → "doi moi"); zero-width and format characters vanish; look-alike letters from
/// another script are read in the script of their word ("іvоrу" → "ivory"); leetspeak is read ("1v0ry" → "ivory")
/// while numbers stay numbers; split letters are joined ("i.v.o.r.y" → "ivory"); runs of white space become one space,
/// and spaces between Han characters go; traditional Han becomes simplified ("手鐲" → "手镯", "鱗片" → "鳞片");
/// each emoji becomes its English CLDR name between spaces ("🐘" → " elephant ").</para>
/// <para>Every unit of <see cref="NormalizedText.Value"/> maps back to the units of the input it came from, so a match
/// can be shown as what the seller typed. Immutable and safe to share between threads; the folding tables are built
/// once per process on first use. See docs/design/normalization.md.</para>
/// </remarks>
public sealed class TextNormalizer
{
    // Two reusable scratch buffers per thread: normalising allocates only the result (the string and a compact map).
    [ThreadStatic]
    private static (UnitBuffer Folded, UnitBuffer Words)? s_scratch;

    private TextNormalizer()
    {
    }

    /// <summary>The normaliser with every folding step on; what <see cref="Matching.TermMatcher"/> uses by default.</summary>
    public static TextNormalizer Default { get; } = new();

    /// <summary>Normalises <paramref name="text"/>.</summary>
    /// <param name="text">Any text; may be empty.</param>
    /// <returns>The normalised text with its offset map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance method by contract, so that normalisers with other options can be passed around.")]
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        FoldTable table = FoldTable.Instance;
        (UnitBuffer folded, UnitBuffer words) = s_scratch ??= (new UnitBuffer(), new UnitBuffer());
        CharPass.Run(text, table, folded);
        UnitBuffer result = WordPass.Run(text, folded, table, words);

        int length = result.Length;
        return new NormalizedText(
            text,
            new string(result.Chars, 0, length),
            result.Starts.AsSpan(0, length),
            result.Ends.AsSpan(0, length));
    }
}
