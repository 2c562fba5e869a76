using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// Turns a listing's evidence into the named numeric features the risk model weighs. The names are the contract
/// between <c>wildtrace train</c>, the model file (data/generated/scoring/model.json) and this evaluator.
/// </summary>
internal static class RiskFeatures
{
    public static readonly string[] Names =
    [
        "term_max", "term_noisy_or", "term_distinct", "cites_i", "cites_ii", "sale_intent", "price", "contact",
        "cover_claim", "live_cue", "quantity", "negated", "negated_share", "negative_context", "obfuscated",
        "code_word_sale", "cites_i_offer", "detector",
    ];

    // Code words that are ordinary words ("white", "jelly", 白料) carry weight <= 0.1 in the term database and count
    // only with a sale signal (context rule needs:sale); this is the line between them and real names.
    private const double WeakCodeWordWeight = 0.15;

    /// <summary>Sorts matches into counted and negated, adding signals that came from the term list itself.</summary>
    public static void Classify(IReadOnlyList<ScanMatch> matches, RiskEvidence evidence, SpeciesCatalog catalog)
    {
        List<ScanMatch> species = [];
        foreach (ScanMatch match in matches)
        {
            if (SignalLexicon.KindOf(match.Term.Kind) is { } kind)
            {
                evidence.Signals.Add(new Signal(kind, match.Field, match.Span, match.Term.Text, match.Term.Species));
            }
            else if (SignalLexicon.IsWildlifeTerm(match.Term))
            {
                species.Add(match);
            }
        }

        // Every marketplace listing has a price, so for a weak code word the price alone is no sale signal: it needs a
        // sale phrase or a contact channel ("Black legs, white top" on a table with a price is not rhino horn and ivory).
        bool hasSale = evidence.Has(RiskReasonKind.SaleIntent) || evidence.Has(RiskReasonKind.Contact);
        foreach (ScanMatch match in species)
        {
            if (IsWeakCodeWord(match) && !hasSale)
            {
                continue;
            }

            Signal? negation = FindNegation(match, evidence.Signals, catalog);
            if (negation is { } context)
            {
                evidence.Negated.Add((match, context));
            }
            else
            {
                evidence.Counted.Add(match);
            }
        }
    }

    public static double[] Compute(RiskEvidence evidence, SpeciesCatalog catalog)
    {
        double[] x = new double[Names.Length];
        HashSet<string> distinct = new(StringComparer.Ordinal);
        double keep = 1;
        foreach (ScanMatch match in evidence.Counted)
        {
            double weight = Math.Clamp(match.Term.Weight, 0, 1);
            x[0] = Math.Max(x[0], weight);
            if (distinct.Add(match.Term.Id))
            {
                keep *= 1 - weight;
            }

            catalog.TryGet(match.Term.Species, out _, out string cites);
            x[3] = Math.Max(x[3], cites is "I" or "I/II" ? 1 : 0);
            x[4] = Math.Max(x[4], cites is "II" or "III" ? 1 : 0);
            x[14] = Math.Max(x[14], match.Method == Matching.MatchMethod.Exact ? 0 : 1);
            x[15] = Math.Max(x[15], IsWeakCodeWord(match) ? 1 : 0);
        }

        int total = evidence.Counted.Count + evidence.Negated.Count;
        x[1] = 1 - keep;
        x[2] = Math.Min(distinct.Count, 4) / 4.0;
        x[5] = evidence.Has(RiskReasonKind.SaleIntent) ? 1 : 0;
        x[6] = evidence.HasPriceField || evidence.Has(RiskReasonKind.Price) ? 1 : 0;
        x[7] = evidence.Has(RiskReasonKind.Contact) ? 1 : 0;
        x[8] = evidence.Has(RiskReasonKind.CoverClaim) ? 1 : 0;
        x[9] = evidence.Has(RiskReasonKind.LiveAnimal) ? 1 : 0;
        x[10] = evidence.Has(RiskReasonKind.Quantity) ? 1 : 0;
        x[11] = evidence.Negated.Count > 0 ? 1 : 0;
        x[12] = total == 0 ? 0 : evidence.Negated.Count / (double)total;
        x[13] = evidence.Has(RiskReasonKind.NegativeContext) ? 1 : 0;
        x[16] = x[3] * (evidence.HasSaleIntent ? 1 : 0);
        x[17] = evidence.DetectorScore;
        return x;
    }

    private static bool IsWeakCodeWord(ScanMatch match) =>
        string.Equals(match.Term.Kind, "code-word", StringComparison.Ordinal) && match.Term.Weight <= WeakCodeWordWeight;

    private static Signal? FindNegation(ScanMatch match, List<Signal> signals, SpeciesCatalog catalog)
    {
        foreach (Signal signal in signals)
        {
            if (signal.Kind == RiskReasonKind.NegativeContext && signal.Field == match.Field &&
                signal.Span.Start < match.Span.End && match.Span.Start < signal.Span.End &&
                (signal.Taxon.Length == 0 || match.Term.Species.Length == 0 || catalog.IsSameGroup(signal.Taxon, match.Term.Species)))
            {
                return signal;
            }
        }

        return null;
    }
}
