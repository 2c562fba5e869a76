namespace WildTrace.Detection.Text;

/// <summary>
/// The English CLDR short name of every single-code-point emoji (npm cldr-annotations-full 48.2.0; see
/// data/generated/text/SOURCES.md), so that "🐘" reads " elephant ". Immutable and thread-safe.
/// </summary>
internal sealed class EmojiNames
{
    private static readonly Lazy<EmojiNames> s_instance = new(() => new EmojiNames());

    private readonly Dictionary<int, string> _rawNames = [];

    // Names are folded with the normaliser's own table so that a term typed as the name matches the emoji; this needs
    // the FoldTable, which itself needs the key set above, hence the second, later stage.
    private readonly Lazy<Dictionary<int, string>> _names;

    private EmojiNames()
    {
        foreach (string line in TextData.ReadLines("emoji-en.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            _rawNames[TextData.ParseCodePoint(line.AsSpan(0, tab))] = line[(tab + 1)..];
        }

        _names = new Lazy<Dictionary<int, string>>(() => _rawNames.ToDictionary(
            pair => pair.Key, pair => FoldTable.Instance.FoldSimple(pair.Value)));
    }

    /// <summary>The shared instance, loaded on first use.</summary>
    public static EmojiNames Instance => s_instance.Value;

    /// <summary>True when <paramref name="codePoint"/> is an emoji with a name.</summary>
    public bool Contains(int codePoint) => _rawNames.ContainsKey(codePoint);

    /// <summary>The folded English name of <paramref name="codePoint"/> ("elephant", "tiger face").</summary>
    public string NameOf(int codePoint) => _names.Value[codePoint];
}
