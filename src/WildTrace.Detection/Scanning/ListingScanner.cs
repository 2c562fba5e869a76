using System.Globalization;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scanning;

/// <summary>
/// Scans listings for wildlife-trade terms and turns the evidence into a verdict: normalises each text field, finds the
/// terms, maps every match back to the text the seller typed, runs the extra detectors and scores the result.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads; build it once per term list. Until risk scoring lands, the score is
/// <c>1 - Π(1 - weight)</c> over the distinct matched terms and the detectors' findings.
/// </remarks>
public sealed class ListingScanner
{
    private readonly TermMatcher _matcher;
    private readonly TextNormalizer _normalizer;
    private readonly ScanThresholds _thresholds;
    private readonly IDetector[] _detectors;
    private readonly RiskScorer? _scorer;

    /// <summary>Creates a scanner.</summary>
    /// <param name="matcher">The term matcher, built with the normaliser in <paramref name="options"/>.</param>
    /// <param name="options">Options; <see cref="ScanOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="matcher"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The thresholds lie outside [0, 1] or review exceeds block.</exception>
    public ListingScanner(TermMatcher matcher, ScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        options ??= ScanOptions.Default;
        ScanThresholds thresholds = options.Thresholds;
        ArgumentOutOfRangeException.ThrowIfNegative(thresholds.Review, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(thresholds.Review, thresholds.Block, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(thresholds.Block, 1.0, nameof(options));
        _matcher = matcher;
        _normalizer = options.Normalizer;
        _thresholds = thresholds;
        _detectors = [.. options.Detectors];
        _scorer = options.Scorer;
    }

    /// <summary>Scans one listing.</summary>
    /// <param name="listing">The listing.</param>
    /// <returns>The verdict with its score, matches, reasons and any detector failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="listing"/> is null.</exception>
    public ScanResult Scan(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        NormalizedText title = _normalizer.Normalize(listing.Title);
        NormalizedText text = _normalizer.Normalize(listing.Text);
        List<ScanMatch>? matches = null;
        AddMatches(title, ListingField.Title, ref matches);
        AddMatches(text, ListingField.Text, ref matches);
        if (matches is null && _detectors.Length == 0)
        {
            // The common case by far (positive rates are 0.04-6% of listings): no allocation beyond the result.
            return new ScanResult(listing.Id, ScanVerdict.Allow, 0, [], [], []);
        }

        IReadOnlyList<ScanMatch> found = matches is null ? [] : matches.AsReadOnly();
        List<(string Reason, double Weight)> evidence = _scorer is null ? CollectTermEvidence(found) : [];
        List<Finding> findings = [];
        List<DetectorFailure>? failures = RunDetectors(listing, new DetectionContext(title, text, found), evidence, findings);
        if (_scorer is not null)
        {
            return Score(listing, title, text, found, findings, failures);
        }

        double keep = 1;
        foreach ((_, double weight) in evidence)
        {
            keep *= 1 - weight;
        }

        double score = Math.Clamp(1 - keep, 0, 1);
        evidence.Sort((a, b) => b.Weight.CompareTo(a.Weight)); // List.Sort is unstable, but equal weights rarely matter
        string[] reasons = new string[evidence.Count];
        for (int i = 0; i < reasons.Length; i++)
        {
            reasons[i] = evidence[i].Reason;
        }

        return new ScanResult(listing.Id, ToVerdict(score), score, found, reasons, failures is null ? [] : failures.AsReadOnly())
        {
            Findings = findings.Count == 0 ? [] : findings.AsReadOnly(),
        };
    }

    private ScanResult Score(
        Listing listing, NormalizedText title, NormalizedText text, IReadOnlyList<ScanMatch> found,
        List<Finding> findings, List<DetectorFailure>? failures)
    {
        // Weight-0 findings only say what could not be checked (an unreadable image): they add nothing to the score but
        // belong in the explanation.
        RiskScore risk = _scorer!.Score(listing, title, text, found, findings); // the caller checked it is set
        string[] reasons = [.. risk.Reasons.Select(r => r.Description)];
        return new ScanResult(listing.Id, risk.Verdict, risk.Probability, found, reasons, failures is null ? [] : failures.AsReadOnly(), risk)
        {
            Findings = findings.Count == 0 ? [] : findings.AsReadOnly(),
        };
    }

    private void AddMatches(NormalizedText text, ListingField field, ref List<ScanMatch>? matches)
    {
        if (text.Value.Length == 0)
        {
            return;
        }

        IReadOnlyList<TermMatch> termMatches = _matcher.FindAll(text);
        for (int i = 0; i < termMatches.Count; i++)
        {
            TermMatch match = termMatches[i];
            matches ??= [];
            matches.Add(new ScanMatch(match.Term, field, text.ToOriginalSpan(match.Span), match.Method));
        }
    }

    private static List<(string Reason, double Weight)> CollectTermEvidence(IReadOnlyList<ScanMatch> matches)
    {
        // Several terms can match the very same characters (鹤顶红 and 鶴頂紅 once traditional Chinese is folded,
        // "pangolin" in English and French): that is one clue, so only the heaviest term at each place counts.
        Dictionary<(ListingField, TextSpan), ScanMatch> heaviest = [];
        foreach (ScanMatch match in matches)
        {
            if (!heaviest.TryGetValue((match.Field, match.Span), out ScanMatch? kept) || match.Term.Weight > kept.Term.Weight)
            {
                heaviest[(match.Field, match.Span)] = match;
            }
        }

        List<(string, double)> evidence = [];
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (ScanMatch match in matches)
        {
            // A term repeated ten times is one clue, not ten: sellers repeat keywords for search ranking.
            if (ReferenceEquals(heaviest[(match.Field, match.Span)], match) && seen.Add(match.Term.Id))
            {
                evidence.Add((Describe(match), Math.Clamp(match.Term.Weight, 0, 1)));
            }
        }

        return evidence;
    }

    private List<DetectorFailure>? RunDetectors(
        Listing listing, DetectionContext context, List<(string, double)> evidence, List<Finding> findings)
    {
        List<DetectorFailure>? failures = null;
        foreach (IDetector detector in _detectors)
        {
            try
            {
                foreach (Finding finding in detector.Detect(listing, context))
                {
                    findings.Add(finding);
                    evidence.Add((finding.Reason, double.IsNaN(finding.Weight) ? 0 : Math.Clamp(finding.Weight, 0, 1)));
                }
            }
            catch (Exception e) // One failing detector must not take the scan down: the failure is returned, not lost.
            {
                failures ??= [];
                failures.Add(new DetectorFailure(detector.GetType().Name, e));
            }
        }

        return failures;
    }

    private ScanVerdict ToVerdict(double score) =>
        score >= _thresholds.Block ? ScanVerdict.Block : score >= _thresholds.Review ? ScanVerdict.Review : ScanVerdict.Allow;

    private static string Describe(ScanMatch match)
    {
        Term term = match.Term;
        string field = match.Field == ListingField.Title ? "title" : "text";
        string category = term.Category.Length == 0 ? "" : term.Category + ", ";
        return string.Create(CultureInfo.InvariantCulture, $"'{term.Text}' in {field} ({category}weight {term.Weight:0.##})");
    }
}
