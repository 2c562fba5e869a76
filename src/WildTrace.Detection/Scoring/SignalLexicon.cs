using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// Finds the phrase signals (sale intent, cover claims, negative contexts, live-animal and quantity cues) with a term
/// matcher of their own, so they get the same de-obfuscation as the terms: <c>1nb0x</c> is still <c>inbox</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. The phrases are the term database's sale-intent, cover-claim and
/// negative-context rows in every language plus tools/labelled/cues.tsv (data/generated/scoring/signals.tsv).</remarks>
internal sealed class SignalLexicon
{
    private readonly TermMatcher _matcher;

    public SignalLexicon(TextNormalizer normalizer, IEnumerable<string[]> rows)
    {
        List<Term> terms = [];
        foreach (string[] row in rows)
        {
            terms.Add(new Term { Id = "signal-" + terms.Count, Text = row[2], Language = row[1], Kind = row[0], Species = row.Length > 3 ? row[3] : "", Weight = 0 });
        }

        // Fuzzy matching would turn short sale words ("ib", "pm", "COD") into noise; exact and variant matches suffice.
        _matcher = TermMatcher.Create(terms, new TermMatcherOptions { Normalizer = normalizer, IsFuzzyEnabled = false });
    }

    public static SignalLexicon Create(TextNormalizer normalizer) => new(normalizer, ScoringData.ReadRows("signals.tsv"));

    public void FindAll(NormalizedText text, ListingField field, List<Signal> signals)
    {
        if (text.Value.Length == 0)
        {
            return;
        }

        foreach (TermMatch match in _matcher.FindAll(text))
        {
            if (KindOf(match.Term.Kind) is { } kind)
            {
                signals.Add(new Signal(kind, field, text.ToOriginalSpan(match.Span), match.Term.Text, match.Term.Species));
            }
        }
    }

    /// <summary>True when <paramref name="term"/> names wildlife, as opposed to a signal phrase or an emoji with a plain
    /// meaning and no taxon (📲 "contact me", 📞 "call me"): those say how to buy, not what, and alone they made phone
    /// and sofa listings look like wildlife offers.</summary>
    public static bool IsWildlifeTerm(Term term) =>
        KindOf(term.Kind) is null && !(term.Species.Length == 0 && string.Equals(term.Kind, "emoji", StringComparison.Ordinal));

    /// <summary>Maps a term kind (term database or built-in list) to the signal it gives; null for species terms.</summary>
    public static RiskReasonKind? KindOf(string termKind) => termKind switch
    {
        "sale-intent" or "sale-signal" => RiskReasonKind.SaleIntent,
        "cover-claim" => RiskReasonKind.CoverClaim,
        "negative-context" or "look-alike" => RiskReasonKind.NegativeContext,
        "live-cue" => RiskReasonKind.LiveAnimal,
        "quantity" => RiskReasonKind.Quantity,
        _ => null,
    };
}
