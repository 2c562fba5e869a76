namespace WildTrace.Detection.Matching;

/// <summary>How a term was recognised in the text.</summary>
public enum MatchMethod
{
    /// <summary>The normalised text contains a normalised form of the term.</summary>
    Exact = 0,

    /// <summary>A derived form matched: a pinyin reading of a Chinese term, or an emoji standing for a word.</summary>
    Variant = 1,

    /// <summary>Chinese characters with the same Mandarin reading as the term's (a homophone substitution).</summary>
    Homophone = 2,

    /// <summary>A word within a small edit distance of the term (a deliberate misspelling).</summary>
    Fuzzy = 3,
}
