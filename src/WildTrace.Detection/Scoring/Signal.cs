using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>One non-term clue in a listing: a sale phrase, a price, a contact, a cover claim, a negative context…</summary>
/// <param name="Kind">What it is; never <see cref="RiskReasonKind.Term"/>.</param>
/// <param name="Field">The field it was found in.</param>
/// <param name="Span">Where, in the original field text.</param>
/// <param name="Label">The phrase or pattern that found it, for the explanation.</param>
/// <param name="Taxon">For a negative context, the taxon it rules out (<c>Elephantidae</c> for <c>ivory dress</c>); else empty.</param>
internal readonly record struct Signal(RiskReasonKind Kind, ListingField Field, TextSpan Span, string Label, string Taxon);
