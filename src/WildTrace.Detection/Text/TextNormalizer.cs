namespace WildTrace.Detection.Text;

/// <summary>
/// Folds the disguises sellers use (case, width, diacritics, confusable letters, leetspeak, split letters, emoji,
/// traditional Chinese) into one canonical form that term matching runs on, keeping a map back to the original.
/// </summary>
/// <remarks>Immutable and safe to share between threads. See docs/design/normalization.md.</remarks>
public sealed class TextNormalizer
{
    private readonly System.Globalization.TextInfo _textInfo = System.Globalization.CultureInfo.InvariantCulture.TextInfo;

    private TextNormalizer()
    {
    }

    /// <summary>The normaliser with every folding step on; what <see cref="Matching.TermMatcher"/> uses by default.</summary>
    public static TextNormalizer Default { get; } = new();

    /// <summary>Normalises <paramref name="text"/>.</summary>
    /// <param name="text">Any text; may be empty.</param>
    /// <returns>The normalised text with its offset map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Placeholder until the full pipeline lands: invariant lower case, one unit in, one unit out.
        string value = _textInfo.ToLower(text);
        int[] starts = new int[value.Length];
        int[] ends = new int[value.Length];
        for (int i = 0; i < value.Length; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        return new NormalizedText(text, value, starts, ends);
    }
}
