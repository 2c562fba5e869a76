using System.Globalization;

namespace WildTrace.Detection.Terms;

/// <summary>One defect of the term database: the file as the caller named it, the 1-based line, and why.</summary>
internal sealed record TermDatabaseError(string File, int Line, string Message)
{
    /// <summary><c>file:line: message</c>, the shape compilers use, so editors can jump to the line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Message}");
}
