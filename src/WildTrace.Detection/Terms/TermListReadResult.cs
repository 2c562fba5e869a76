namespace WildTrace.Detection.Terms;

/// <summary>The outcome of <see cref="TermListReader.Read(Stream, TermListFormat, TermListLimits?)"/>.</summary>
/// <remarks>Immutable. A list with any error yields no terms: half a term list silently misses what the rest would catch.</remarks>
public sealed class TermListReadResult
{
    internal TermListReadResult(IReadOnlyList<Term> terms, IReadOnlyList<TermListError> errors)
    {
        Terms = errors.Count == 0 ? terms : [];
        Errors = errors;
    }

    /// <summary>True when the list was read without error.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The terms in file order; empty unless <see cref="IsSuccess"/>.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The problems found, in line order; empty on success.</summary>
    public IReadOnlyList<TermListError> Errors { get; }
}
