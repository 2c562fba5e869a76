namespace WildTrace.Detection.Terms;

/// <summary>Why one line of a term list was rejected.</summary>
/// <param name="Line">The 1-based line number in the file; 0 when the problem concerns the whole file.</param>
/// <param name="Message">A short explanation in English, e.g. <c>weight must be a number from 0 to 1</c>.</param>
public sealed record TermListError(int Line, string Message)
{
    /// <summary>Returns <c>line N: message</c>, or the message alone for whole-file errors.</summary>
    /// <returns>The error as one line of text.</returns>
    public override string ToString() =>
        Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}: {Message}") : Message;
}
