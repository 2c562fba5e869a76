namespace WildTrace.Detection.Text;

/// <summary>What a UTF-16 unit is to the normaliser; decides which folding step looks at it.</summary>
internal enum CharKind : byte
{
    /// <summary>Punctuation and symbols that stay as they are and end a word.</summary>
    Other,

    /// <summary>A letter of any script (and, for now, any astral unit that is not an emoji).</summary>
    Letter,

    /// <summary>A combining mark; dropped after Latin letters, kept after letters of other scripts.</summary>
    Mark,

    /// <summary>An ASCII digit after folding (full-width and circled digits fold to these).</summary>
    Digit,

    /// <summary>White space; runs collapse to one space.</summary>
    Space,

    /// <summary>Punctuation sellers put between split letters: <c>. - _ / * ~ +</c>, middle dots, dashes.</summary>
    Separator,

    /// <summary>A symbol that stands for a letter in leetspeak: <c>@ $ ! |</c> and the euro sign.</summary>
    LeetSymbol,

    /// <summary>Invisible: zero-width and format characters, variation selectors, fillers, controls.</summary>
    Removed,

    /// <summary>An emoji with a CLDR name; becomes its English name, or a separator between split letters.</summary>
    Emoji,

    /// <summary>The first unit of a surrogate pair.</summary>
    HighSurrogate,
}
