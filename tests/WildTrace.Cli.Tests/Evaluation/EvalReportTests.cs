using WildTrace.Cli.Evaluation;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Tests.Evaluation;

public sealed class EvalReportTests
{
    // Ten hand-made listings with known outcomes under the built-in scorer: 4 prohibited (3 caught, 1 missed because
    // no term matches), 6 allowed (5 clean, 1 false alarm: a bare "rhino horn" title reads as an offer).
    private static readonly (string Text, bool IsProhibited, string Lang)[] s_fixture =
    [
        ("rhino horn for sale, WhatsApp +84 912 345 678", true, "en"),
        ("rhino horn powder, inbox for price $300", true, "en"),
        ("vảy tê tê cần bán, liên hệ 0912 345 678", true, "vi"),
        ("unicorn dust, inbox me", true, "en"),
        ("mountain bike for sale $200", false, "en"),
        ("ivory wedding dress, size 8, $120", false, "en"),
        ("tiger balm 30 g", false, "en"),
        ("xe đạp cũ cần bán", false, "vi"),
        ("fresh apples", false, "en"),
        ("rhino horn", false, "en"),
    ];

    [Fact]
    public void Counts_the_confusion_matrix_and_its_measures_on_a_known_fixture()
    {
        EvalReport report = EvalReport.Build(Scan());

        EvalCounts all = report.Overall;
        Assert.Equal((3, 1, 5, 1), (all.TruePositives, all.FalsePositives, all.TrueNegatives, all.FalseNegatives));
        Assert.Equal(0.75, all.Precision, 12);
        Assert.Equal(0.75, all.Recall, 12);
        Assert.Equal(0.75, all.F1, 12);
        Assert.Equal(1 / 6.0, all.FalsePositiveRate, 12);
        Assert.Equal(1, report.UnseenMisses);
        Assert.Equal((2, 0), (report.ByLanguage["vi"].Total, report.ByLanguage["vi"].FalsePositives));
        Assert.Equal(10, report.Verdicts.Cast<int>().Sum());
    }

    [Fact]
    public void Leaves_precision_undefined_when_nothing_is_flagged()
    {
        EvalCounts counts = new();

        counts.Add(isProhibited: true, isFlagged: false);

        Assert.True(double.IsNaN(counts.Precision));
        Assert.Equal(0, counts.Recall);
    }

    [Fact]
    public void Sweeps_thresholds_from_permissive_to_strict()
    {
        EvalReport report = EvalReport.Build(Scan());

        Assert.Equal(EvalReport.SweepThresholds, report.Sweep.Select(s => s.Threshold));
        Assert.Contains(0.99, EvalReport.SweepThresholds);
        Assert.True(report.Sweep[0].Counts.Recall >= report.Sweep[^1].Counts.Recall);
        Assert.True(report.Sweep[0].Counts.FalsePositiveRate >= report.Sweep[^1].Counts.FalsePositiveRate);
    }

    [Fact]
    public void Writes_markdown_with_every_language_and_the_matrix()
    {
        string markdown = EvalMarkdown.Write(EvalReport.Build(Scan()), "fixture", isSweepIncluded: true);

        Assert.Contains("| vi | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| allowed |", markdown, StringComparison.Ordinal);
        Assert.Contains("Threshold sweep", markdown, StringComparison.Ordinal);
    }

    private static List<(LabelledListing, ScanResult)> Scan()
    {
        Assert.True(WildTrace.Detection.Terms.BundledTermPack.TryGet(out TermPack? pack, out string error), error);
        ListingScanner scanner = new(TermMatcher.Create(pack!.Terms), new ScanOptions { Scorer = RiskScorer.Default });
        return [.. s_fixture.Select((f, i) =>
        {
            Listing listing = new() { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = f.Text };
            return (new LabelledListing(listing, f.IsProhibited, f.Lang, "none", "", "test"), scanner.Scan(listing));
        })];
    }
}
