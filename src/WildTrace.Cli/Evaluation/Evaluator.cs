using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Cli.Evaluation;

/// <summary>Scans labelled listings with the full scorer, or extracts the model's features for training.</summary>
internal sealed class Evaluator
{
    private readonly ListingScanner _matcherOnly;
    private readonly ListingScanner _scored;
    private readonly RiskScorer _scorer;

    public Evaluator(IReadOnlyList<Term> terms, RiskScorer scorer)
    {
        TermMatcher matcher = TermMatcher.Create(terms);
        _scorer = scorer;
        _matcherOnly = new ListingScanner(matcher);
        _scored = new ListingScanner(matcher, new ScanOptions { Scorer = scorer });
    }

    public List<(LabelledListing Item, ScanResult Result)> Scan(IEnumerable<LabelledListing> items) =>
        [.. items.Select(item => (item, _scored.Scan(item.Listing)))];

    public double[]? Features(Listing listing)
    {
        ScanResult result = _matcherOnly.Scan(listing);
        NormalizedText title = TextNormalizer.Default.Normalize(listing.Title);
        NormalizedText text = TextNormalizer.Default.Normalize(listing.Text);
        return _scorer.Features(listing, title, text, result.Matches);
    }
}
