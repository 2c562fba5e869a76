using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Scanning;

public sealed class ListingScannerTests
{
    private static readonly Term s_rhinoHorn = new() { Id = "en-rhino-horn", Text = "rhino horn", Category = "rhino-horn", Weight = 0.9 };
    private static readonly Term s_ivory = new() { Id = "en-ivory", Text = "ivory", Category = "ivory", Weight = 0.5 };
    private static readonly Term s_preBan = new() { Id = "en-pre-ban", Text = "pre-ban", Weight = 0.3 };

    [Fact]
    public void Points_each_match_at_the_text_the_seller_typed()
    {
        Listing listing = new() { Id = "1", Title = "Old Rhino HORN cup", Text = "Real ivory. Also IVORY beads." };

        ScanResult result = Scanner().Scan(listing);

        Assert.Equal(
            [(ListingField.Title, "Rhino HORN"), (ListingField.Text, "ivory"), (ListingField.Text, "IVORY")],
            result.Matches.Select(m => (m.Field, Slice(listing, m))));
        Assert.Equal([new(4, 14), new(5, 10), new(17, 22)], result.Matches.Select(m => m.Span));
        Assert.All(result.Matches, m => Assert.Equal(MatchMethod.Exact, m.Method));
    }

    [Fact]
    public void Blocks_a_listing_with_a_heavy_term()
    {
        ScanResult result = Scanner().Scan(new Listing { Id = "1", Title = "rhino horn" });

        Assert.Equal(ScanVerdict.Block, result.Verdict);
        Assert.Equal(0.9, result.Score, 9);
        Assert.Equal("1", result.ListingId);
        Assert.Equal(["'rhino horn' in title (rhino-horn, weight 0.9)"], result.Reasons);
    }

    [Fact]
    public void Reviews_a_listing_between_the_thresholds()
    {
        ScanResult result = Scanner().Scan(new Listing { Id = "1", Text = "ivory" });

        Assert.Equal(ScanVerdict.Review, result.Verdict);
        Assert.Equal(0.5, result.Score, 9);
    }

    [Fact]
    public void Allows_a_clean_listing_with_no_evidence()
    {
        ScanResult result = Scanner().Scan(new Listing { Id = "1", Title = "Mountain bike", Text = "barely used" });

        Assert.Equal(ScanVerdict.Allow, result.Verdict);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Matches);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Counts_a_repeated_term_once()
    {
        ScanResult result = Scanner().Scan(new Listing { Id = "1", Title = "ivory ivory", Text = "ivory" });

        Assert.Equal(3, result.Matches.Count);
        Assert.Equal(0.5, result.Score, 9);
        Assert.Single(result.Reasons);
    }

    [Fact]
    public void Counts_terms_matching_the_same_characters_once_keeping_the_heaviest()
    {
        Term english = new() { Id = "en-pangolin", Text = "pangolin", Language = "en", Weight = 0.5 };
        Term french = new() { Id = "fr-pangolin", Text = "pangolin", Language = "fr", Weight = 0.6 };
        ListingScanner scanner = new(TermMatcher.Create([english, french], new TermMatcherOptions { MatchKind = MatchKind.All }));

        ScanResult result = scanner.Scan(new Listing { Id = "1", Title = "plush pangolin", Text = "pangolin toy" });

        Assert.Equal(4, result.Matches.Count);
        Assert.Equal(0.6, result.Score, 9);
        Assert.Equal(["'pangolin' in title (weight 0.6)"], result.Reasons);
    }

    [Fact]
    public void Combines_distinct_terms_as_independent_evidence_strongest_first()
    {
        ScanResult result = Scanner().Scan(new Listing { Id = "1", Title = "pre-ban ivory" });

        Assert.Equal(1 - (0.5 * 0.7), result.Score, 9);
        Assert.Equal(ScanVerdict.Review, result.Verdict);
        Assert.Equal(["'ivory' in title (ivory, weight 0.5)", "'pre-ban' in title (weight 0.3)"], result.Reasons);
    }

    [Fact]
    public void Applies_custom_thresholds()
    {
        ScanOptions options = new() { Thresholds = new ScanThresholds { Review = 0.2, Block = 0.5 } };

        ScanResult result = Scanner(options).Scan(new Listing { Id = "1", Text = "ivory" });

        Assert.Equal(ScanVerdict.Block, result.Verdict);
    }

    [Theory]
    [InlineData(0.9, 0.8)]
    [InlineData(-0.1, 0.8)]
    [InlineData(0.4, 1.1)]
    public void Rejects_thresholds_out_of_order_or_range(double review, double block)
    {
        ScanOptions options = new() { Thresholds = new ScanThresholds { Review = review, Block = block } };

        Assert.Throws<ArgumentOutOfRangeException>(() => Scanner(options));
    }

    [Fact]
    public void Adds_detector_findings_to_the_score()
    {
        ScanOptions options = new() { Detectors = [new FixedDetector(new Finding("price below market", 0.6))] };

        ScanResult result = Scanner(options).Scan(new Listing { Id = "1", Text = "ivory" });

        Assert.Equal(1 - (0.5 * 0.4), result.Score, 9);
        Assert.Equal(ScanVerdict.Block, result.Verdict);
        Assert.Equal("price below market", result.Reasons[0]);
    }

    [Fact]
    public void Records_a_failing_detector_and_still_runs_the_others()
    {
        InvalidOperationException boom = new("boom");
        ScanOptions options = new() { Detectors = [new ThrowingDetector(boom), new FixedDetector(new Finding("seller on a watch list", 0.9))] };

        ScanResult result = Scanner(options).Scan(new Listing { Id = "1", Title = "bike" });

        DetectorFailure failure = Assert.Single(result.Failures);
        Assert.Equal(nameof(ThrowingDetector), failure.Detector);
        Assert.Same(boom, failure.Exception);
        Assert.Equal(["seller on a watch list"], result.Reasons);
        Assert.Equal(ScanVerdict.Block, result.Verdict);
    }

    [Fact]
    public void Gives_detectors_the_term_matches()
    {
        CapturingDetector detector = new();

        Scanner(new ScanOptions { Detectors = [detector] }).Scan(new Listing { Id = "1", Title = "Ivory", Text = "x" });

        Assert.Equal("ivory", detector.Context!.Title.Value);
        Assert.Equal(s_ivory, Assert.Single(detector.Context.Matches).Term);
    }

    [Fact]
    public void Gives_the_same_results_when_shared_between_threads()
    {
        ListingScanner scanner = Scanner();
        Listing[] listings = [.. Enumerable.Range(0, 2000).Select(i => new Listing
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = (i % 3) switch { 0 => "rhino horn", 1 => "pre-ban ivory", _ => "bike" },
        })];
        double[] expected = [.. listings.Select(l => scanner.Scan(l).Score)];

        double[] actual = new double[listings.Length];
        Parallel.For(0, listings.Length, i => actual[i] = scanner.Scan(listings[i]).Score);

        Assert.Equal(expected, actual);
    }

    private static ListingScanner Scanner(ScanOptions? options = null) =>
        new(TermMatcher.Create([s_rhinoHorn, s_ivory, s_preBan]), options);

    private static string Slice(Listing listing, ScanMatch match) =>
        (match.Field == ListingField.Title ? listing.Title : listing.Text).Substring(match.Span.Start, match.Span.Length);

    private sealed class FixedDetector(Finding finding) : IDetector
    {
        public IReadOnlyList<Finding> Detect(Listing listing, DetectionContext context) => [finding];
    }

    private sealed class ThrowingDetector(Exception exception) : IDetector
    {
        public IReadOnlyList<Finding> Detect(Listing listing, DetectionContext context) => throw exception;
    }

    private sealed class CapturingDetector : IDetector
    {
        public DetectionContext? Context { get; private set; }

        public IReadOnlyList<Finding> Detect(Listing listing, DetectionContext context)
        {
            Context = context;
            return [];
        }
    }
}
