namespace WildTrace.Detection.Terms;

/// <summary>The file formats <see cref="TermListReader"/> reads; data/terms/README.md defines each.</summary>
public enum TermListFormat
{
    /// <summary>One term per line; lines starting with <c>"# "</c> (or a lone <c>#</c>) are comments.</summary>
    PlainText = 0,

    /// <summary>Comma-separated values with a header row naming the columns; RFC 4180 quoting.</summary>
    Csv = 1,

    /// <summary>Tab-separated values with a header row naming the columns; no quoting, so no tabs in fields.</summary>
    Tsv = 2,

    /// <summary>A JSON array of objects whose properties are the column names.</summary>
    Json = 3,
}
