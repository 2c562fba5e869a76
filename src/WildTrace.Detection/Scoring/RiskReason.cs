using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>One reason behind a <see cref="RiskScore"/>, in words a reviewer understands, with where it was found.</summary>
/// <param name="Kind">What sort of evidence it is.</param>
/// <param name="Description">A sentence in English, e.g. <c>sale intent: 'inbox' in text</c>.</param>
/// <param name="Evidence">The words as the seller typed them; empty for reasons with no place (policy, detectors).</param>
/// <param name="Field">The field the evidence is in; null when it has no place.</param>
/// <param name="Span">UTF-16 range of <paramref name="Evidence"/> in the original field text; null when it has no place.</param>
/// <param name="Contribution">What the evidence added to the model's log-odds (negative when it lowered the score);
/// 0 for policy reasons.</param>
public sealed record RiskReason(
    RiskReasonKind Kind, string Description, string Evidence, ListingField? Field, TextSpan? Span, double Contribution);
