namespace WildTrace.Detection.Matching;

/// <summary>What one searched form stands for: the term, how the form was derived, and its boundary rule.</summary>
/// <param name="TermIndex">Index of the term in the matcher's term list.</param>
/// <param name="Method">How a hit on this form is reported.</param>
/// <param name="IsPrefixForm">True when the term was written with a trailing <c>*</c>: it may end inside a word.</param>
internal readonly record struct PatternEntry(int TermIndex, MatchMethod Method, bool IsPrefixForm);
