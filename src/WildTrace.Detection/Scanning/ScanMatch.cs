using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scanning;

/// <summary>One term found in one field of a listing, located in the text the seller typed.</summary>
/// <param name="Term">The term that matched.</param>
/// <param name="Field">The field it was found in.</param>
/// <param name="Span">Where it is in the ORIGINAL field text (UTF-16 offsets), so that
/// <c>field.Substring(Span.Start, Span.Length)</c> is the evidence as written.</param>
/// <param name="Method">How the term was recognised.</param>
public sealed record ScanMatch(Term Term, ListingField Field, TextSpan Span, MatchMethod Method);
