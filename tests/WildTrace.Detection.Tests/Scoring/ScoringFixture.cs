using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Scoring;

/// <summary>A small term list with real taxa (so the species catalog knows their group and CITES appendix).</summary>
internal static class ScoringFixture
{
    public static readonly Term RhinoHorn = new() { Id = "en-rhino-horn", Text = "rhino horn", Language = "en", Category = "horn", Species = "Rhinocerotidae", Weight = 0.9, Kind = "product" };
    public static readonly Term Ivory = new() { Id = "en-ivory", Text = "ivory", Language = "en", Category = "carved", Species = "Elephantidae", Weight = 0.6, Kind = "product" };
    public static readonly Term Pangolin = new() { Id = "vi-vay-te-te", Text = "vảy tê tê", Language = "vi", Category = "scale", Species = "Manidae", Weight = 0.9, Kind = "product" };
    public static readonly Term Xiangya = new() { Id = "zh-xiang-ya", Text = "象牙", Language = "zh", Category = "raw", Species = "Elephantidae", Weight = 0.9, Kind = "product" };

    public static ListingScanner Scanner(RiskPolicy? policy = null) =>
        new(TermMatcher.Create([RhinoHorn, Ivory, Pangolin, Xiangya]), new ScanOptions { Scorer = policy is null ? RiskScorer.Default : new RiskScorer(policy) });

    /// <summary>A policy whose thresholds nothing reaches, so only its rules can raise a verdict.</summary>
    public static RiskPolicy RulesOnly()
    {
        Assert.True(RiskPolicy.TryParse("""{ "extends": "coalition-baseline", "name": "rules-only", "thresholds": { "review": 0.999999, "block": 1 } }""", out RiskPolicy? policy, out IReadOnlyList<string> errors), string.Join("; ", errors));
        return policy!; // TryParse returned true
    }
}
