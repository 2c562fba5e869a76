using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Matching;

/// <summary>One occurrence of a term in normalised text.</summary>
/// <param name="Term">The term that matched.</param>
/// <param name="Span">Where it matched in <see cref="NormalizedText.Value"/>; map it with
/// <see cref="NormalizedText.ToOriginalSpan(TextSpan)"/> to point at what the seller typed.</param>
/// <param name="Method">How it was recognised.</param>
/// <param name="Distance">Edit distance for <see cref="MatchMethod.Fuzzy"/> matches; 0 otherwise.</param>
public readonly record struct TermMatch(Term Term, TextSpan Span, MatchMethod Method, int Distance);
