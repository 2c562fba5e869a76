namespace WildTrace.Detection.Text;

/// <summary>The script of a letter, as far as folding needs to know it.</summary>
internal enum LetterScript : byte
{
    /// <summary>Not a letter.</summary>
    None,

    /// <summary>Latin, including IPA and the Latin extensions; diacritics are removed.</summary>
    Latin,

    /// <summary>Cyrillic; confusable with Latin.</summary>
    Cyrillic,

    /// <summary>Greek; confusable with Latin.</summary>
    Greek,

    /// <summary>Han ideographs; written without spaces, folded to simplified forms.</summary>
    Han,

    /// <summary>Hiragana and katakana; written without spaces.</summary>
    Kana,

    /// <summary>Every other script; left alone apart from NFKC and case folding.</summary>
    Other,
}
