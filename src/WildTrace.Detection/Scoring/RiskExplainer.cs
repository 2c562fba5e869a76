using System.Globalization;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>Writes the <see cref="RiskReason"/>s of a score: one per clue, in reviewer's words, strongest first.</summary>
internal static class RiskExplainer
{
    private static readonly RiskModel s_zero = new(new double[RiskFeatures.Names.Length], 0, -1, 0);

    public static IReadOnlyList<RiskReason> Explain(
        Listing listing, RiskEvidence evidence, double[] features, RiskModel? scope, PolicyRule? rule, IReadOnlyList<Finding> findings)
    {
        // Out of scope (no counted species term), the clues are still listed for the reviewer but weigh nothing.
        RiskModel model = scope ?? s_zero;
        List<RiskReason> reasons = [];
        HashSet<string> terms = new(StringComparer.Ordinal);
        double termShare = model.Contribution(0, features[0]) + model.Contribution(1, features[1]) + model.Contribution(3, features[3]);
        foreach (ScanMatch match in evidence.Counted)
        {
            if (terms.Add(match.Term.Id))
            {
                string how = match.Method == Matching.MatchMethod.Exact ? "" : $", recognised by {match.Method.ToString().ToLowerInvariant()} matching";
                string taxon = match.Term.Species.Length == 0 ? "" : $" ({match.Term.Species})";
                reasons.Add(Reason(listing, RiskReasonKind.Term, $"term '{match.Term.Text}'{taxon} in {FieldName(match.Field)}{how}", match.Field, match.Span, termShare * match.Term.Weight / Math.Max(features[0], 1e-9)));
            }
        }

        foreach ((ScanMatch match, Signal context) in evidence.Negated)
        {
            reasons.Add(Reason(listing, RiskReasonKind.NegativeContext,
                $"'{match.Term.Text}' is part of '{context.Label}', an innocent use (colour, product name, toy, print or news)", context.Field, context.Span, model.Contribution(11, 1)));
        }

        HashSet<(RiskReasonKind, string)> seen = [];
        foreach (Signal signal in evidence.Signals)
        {
            if (seen.Add((signal.Kind, signal.Label)) && FeatureOf(signal.Kind) is int index &&
                !(signal.Kind == RiskReasonKind.NegativeContext && evidence.Negated.Exists(n => n.Context == signal)))
            {
                string typed = Typed(listing, signal.Field, signal.Span);
                reasons.Add(Reason(listing, signal.Kind, $"{Describe(signal.Kind)}: '{(typed.Length > 0 ? typed : signal.Label)}' in {FieldName(signal.Field)}", signal.Field, signal.Span, model.Contribution(index, features[index])));
            }
        }

        if (evidence.HasPriceField)
        {
            reasons.Add(new RiskReason(RiskReasonKind.Price, string.Create(CultureInfo.InvariantCulture, $"price: {listing.Price} {listing.Currency} in the listing's price field"), "", null, null, model.Contribution(6, features[6])));
        }

        foreach (Finding finding in findings)
        {
            // Detector evidence combines with the model's probability outside the model (RiskScorer.Score), so its
            // contribution is its own weight.
            reasons.Add(new RiskReason(RiskReasonKind.Detector, finding.Reason, "", null, null, finding.Weight));
        }

        reasons.Sort((a, b) => Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution)));
        if (scope is null)
        {
            reasons.Insert(0, new RiskReason(RiskReasonKind.Policy, "no wildlife term remains once innocent uses are set aside: nothing here can be prohibited", "", null, null, 0));
        }

        if (rule is not null)
        {
            reasons.Insert(0, new RiskReason(RiskReasonKind.Policy, $"policy rule '{rule.Id}': {rule.Clause}", "", null, null, 0));
        }

        return reasons.AsReadOnly();
    }

    private static RiskReason Reason(Listing listing, RiskReasonKind kind, string description, ListingField field, TextSpan span, double contribution) =>
        new(kind, description, Typed(listing, field, span), field, span, contribution);

    private static string Typed(Listing listing, ListingField field, TextSpan span)
    {
        string source = field == ListingField.Title ? listing.Title : listing.Text;
        return span.End <= source.Length ? source[span.Start..span.End] : "";
    }

    private static int? FeatureOf(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.SaleIntent => 5,
        RiskReasonKind.Price => 6,
        RiskReasonKind.Contact => 7,
        RiskReasonKind.CoverClaim => 8,
        RiskReasonKind.LiveAnimal => 9,
        RiskReasonKind.Quantity => 10,
        RiskReasonKind.NegativeContext => 13,
        _ => null,
    };

    private static string Describe(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.SaleIntent => "sale intent",
        RiskReasonKind.Price => "price",
        RiskReasonKind.Contact => "contact channel",
        RiskReasonKind.CoverClaim => "cover claim often used to pass off illegal goods",
        RiskReasonKind.LiveAnimal => "live-animal cue",
        RiskReasonKind.Quantity => "quantity or wholesale cue",
        _ => "negative context (innocent reading likely)",
    };

    private static string FieldName(ListingField field) => field == ListingField.Title ? "title" : "text";
}
