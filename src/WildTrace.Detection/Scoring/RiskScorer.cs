using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// Combines a listing's term matches with sale, contact, cover-claim, live-animal, quantity and negative-context
/// signals into a calibrated probability, applies a <see cref="RiskPolicy"/>, and explains the result.
/// Plug it into <see cref="ListingScanner"/> with <see cref="ScanOptions.Scorer"/>.
/// </summary>
/// <remarks>Immutable and safe to share between threads; build it once. See docs/design/scoring.md.</remarks>
public sealed class RiskScorer
{
    // Below this, a term is an ambiguous word (code words, bare common words) in the term database's weight scale.
    private const double MinRuleTermWeight = 0.3;

    private static readonly RiskReason s_outOfScope = new(
        RiskReasonKind.Policy, "no wildlife term in the listing: nothing here can be prohibited", "", null, null, 0);

    private static readonly Lazy<RiskScorer> s_default = new(() => new RiskScorer());

    private readonly RiskModel _model;
    private readonly SignalLexicon _lexicon;
    private readonly SpeciesCatalog _catalog;

    /// <summary>Creates a scorer with the built-in model.</summary>
    /// <param name="policy">The policy; <see cref="RiskPolicy.CoalitionBaseline"/> when null.</param>
    /// <param name="normalizer">The normaliser the scanner uses; <see cref="TextNormalizer.Default"/> when null.</param>
    public RiskScorer(RiskPolicy? policy = null, TextNormalizer? normalizer = null)
        : this(policy ?? RiskPolicy.CoalitionBaseline, RiskModel.Embedded, normalizer ?? TextNormalizer.Default)
    {
    }

    internal RiskScorer(RiskPolicy policy, RiskModel model, TextNormalizer normalizer)
    {
        Policy = policy;
        _model = model;
        _lexicon = SignalLexicon.Create(normalizer);
        _catalog = SpeciesCatalog.Default;
    }

    /// <summary>The scorer with the coalition baseline policy and the default normaliser.</summary>
    public static RiskScorer Default => s_default.Value;

    /// <summary>The policy whose thresholds and rules turn probabilities into verdicts.</summary>
    public RiskPolicy Policy { get; }

    internal RiskModel Model => _model;

    internal RiskScore Score(
        Listing listing, NormalizedText title, NormalizedText text, IReadOnlyList<ScanMatch> matches, IReadOnlyList<Finding> findings)
    {
        if (!IsInScopeAtAll(matches, findings))
        {
            // Most listings match only sale phrases or innocent contexts of the term database ("for sale", "price"):
            // they would be allowed below anyway, and skipping the signal matcher and regexes for them is what keeps
            // scoring cheap on real traffic (bench: the scoring case of `wildtrace bench`).
            return new RiskScore(0, 0, ScanVerdict.Allow, [s_outOfScope], null, Policy);
        }

        RiskEvidence evidence = Collect(listing, title, text, matches, findings);
        double[] features = RiskFeatures.Compute(evidence, _catalog);

        // Without a species term that survived its negative contexts, or a detector finding, nothing in the listing
        // can be prohibited, however salesy it is ("WA +91…, for sale"): the model is only asked about listings that
        // name wildlife, and is trained on those alone (wildtrace train).
        bool isInScope = evidence.Counted.Count > 0 || evidence.DetectorScore > 0;
        double modelProbability = isInScope ? _model.Predict(features) : 0;

        // Detector findings (a listing photo matching the hash bank) are evidence the model never saw in training, so
        // they combine with it as independent evidence rather than through a feature: a banked photo alone still blocks.
        double probability = 1 - ((1 - modelProbability) * (1 - evidence.DetectorScore));
        ScanVerdict verdict = ToVerdict(probability);
        PolicyRule? rule = FindRule(evidence);
        double final = probability;
        if (rule is not null && rule.Action > verdict)
        {
            verdict = rule.Action;
            final = Math.Max(probability, rule.Action == ScanVerdict.Block ? Policy.Thresholds.Block : Policy.Thresholds.Review);
        }

        RiskModel? explainedBy = isInScope ? _model : null;
        return new RiskScore(final, modelProbability, verdict, RiskExplainer.Explain(listing, evidence, features, explainedBy, rule, findings), rule, Policy);
    }

    internal RiskEvidence Collect(
        Listing listing, NormalizedText title, NormalizedText text, IReadOnlyList<ScanMatch> matches, IReadOnlyList<Finding> findings)
    {
        RiskEvidence evidence = new() { HasPriceField = listing.Price is not null };
        _lexicon.FindAll(title, ListingField.Title, evidence.Signals);
        _lexicon.FindAll(text, ListingField.Text, evidence.Signals);
        IReadOnlyList<string> phoneRegions = PhoneSignals.RegionsFor(listing.Currency);
        PatternSignals.FindAll(listing.Title, ListingField.Title, phoneRegions, evidence.Signals);
        PatternSignals.FindAll(listing.Text, ListingField.Text, phoneRegions, evidence.Signals);
        RiskFeatures.Classify(matches, evidence, _catalog);
        double keep = 1;
        foreach (Finding finding in findings)
        {
            keep *= 1 - (double.IsNaN(finding.Weight) ? 0 : Math.Clamp(finding.Weight, 0, 1));
        }

        evidence.DetectorScore = 1 - keep;
        return evidence;
    }

    /// <summary>The model's features, or null when the listing is out of the model's scope (no counted species term).</summary>
    internal double[]? Features(Listing listing, NormalizedText title, NormalizedText text, IReadOnlyList<ScanMatch> matches)
    {
        RiskEvidence evidence = Collect(listing, title, text, matches, []);
        return evidence.Counted.Count == 0 ? null : RiskFeatures.Compute(evidence, _catalog);
    }

    // True when a wildlife term (not a signal such as a sale phrase or negative context) or a weighted detector finding
    // is present: without one the scope gate in Score allows the listing whatever its signals say.
    private static bool IsInScopeAtAll(IReadOnlyList<ScanMatch> matches, IReadOnlyList<Finding> findings)
    {
        foreach (ScanMatch match in matches)
        {
            if (SignalLexicon.IsWildlifeTerm(match.Term))
            {
                return true;
            }
        }

        foreach (Finding finding in findings)
        {
            if (finding.Weight > 0)
            {
                return true;
            }
        }

        return false;
    }

    private ScanVerdict ToVerdict(double probability) =>
        probability >= Policy.Thresholds.Block ? ScanVerdict.Block
        : probability >= Policy.Thresholds.Review ? ScanVerdict.Review
        : ScanVerdict.Allow;

    private PolicyRule? FindRule(RiskEvidence evidence)
    {
        if (evidence.Counted.Count == 0 || evidence.Has(RiskReasonKind.NegativeContext))
        {
            return null;
        }

        PolicyRule? strongest = null;
        foreach (PolicyRule rule in Policy.Rules)
        {
            if ((strongest is null || rule.Action > strongest.Action) &&
                (!rule.IsSaleIntentRequired || evidence.HasSaleIntent) &&
                evidence.Counted.Exists(m => Applies(rule, m)))
            {
                strongest = rule;
            }
        }

        return strongest;
    }

    private bool Applies(PolicyRule rule, ScanMatch match)
    {
        // A hard rule needs a term that names the wildlife on its own: ordinary words used as code words ("black" for
        // rhino horn, weight 0.02) are evidence for the model, never a reason to block by rule ("Black legs" + price).
        if (match.Term.Weight < MinRuleTermWeight || !_catalog.TryGet(match.Term.Species, out string group, out string cites))
        {
            return false;
        }

        // Term packs carry the product form in Product; older term lists put "live…" in Category.
        bool isLive = match.Term.Product == "live" || match.Term.Category.StartsWith("live", StringComparison.Ordinal);
        string form = isLive ? "live" : "parts";
        return (rule.Groups.Count == 0 || rule.Groups.Contains(group)) &&
            (rule.Appendices.Count == 0 || rule.Appendices.Contains(cites)) &&
            (rule.Forms.Count == 0 || rule.Forms.Contains(form));
    }
}
