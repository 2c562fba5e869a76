using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Evaluation;

/// <summary>The measures of one evaluation: overall, per stratum, the verdict matrix and the threshold sweep.</summary>
/// <remarks>A listing counts as flagged when its verdict is review or block: either way it does not go live unseen.</remarks>
internal sealed class EvalReport
{
    public EvalCounts Overall { get; } = new();

    public SortedDictionary<string, EvalCounts> ByLanguage { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EvalCounts> ByObfuscation { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EvalCounts> ByTaxon { get; } = new(StringComparer.Ordinal);

    /// <summary>[label: 0 allowed, 1 prohibited, verdict: allow, review, block].</summary>
    public int[,] Verdicts { get; } = new int[2, 3];

    /// <summary>
    /// 0.05 to 0.95 in steps of 0.05, then finer above 0.95: the hub confirms reports automatically from a score
    /// threshold (Hub:Reports:Automatic:ConfirmMinScore), and that choice lives in the last few hundredths.
    /// </summary>
    public static IReadOnlyList<double> SweepThresholds { get; } =
        [.. Enumerable.Range(1, 19).Select(step => step / 20.0), 0.97, 0.98, 0.985, 0.99, 0.995];

    public List<(double Threshold, EvalCounts Counts)> Sweep { get; } = [];

    public List<(LabelledListing Item, ScanResult Result)> Errors { get; } = [];

    /// <summary>Prohibited listings in which no species term survived (the matcher missed it, or a negative context
    /// overlapped it): misses the scorer never saw.</summary>
    public int UnseenMisses { get; private set; }

    public static EvalReport Build(IReadOnlyList<(LabelledListing Item, ScanResult Result)> predictions)
    {
        EvalReport report = new();
        foreach (double threshold in SweepThresholds)
        {
            report.Sweep.Add((threshold, new EvalCounts()));
        }

        foreach ((LabelledListing item, ScanResult result) in predictions)
        {
            bool flagged = result.Verdict != ScanVerdict.Allow;
            report.Overall.Add(item.IsProhibited, flagged);
            Stratum(report.ByLanguage, item.Language).Add(item.IsProhibited, flagged);
            Stratum(report.ByObfuscation, item.Obfuscation.Length == 0 ? "none" : item.Obfuscation).Add(item.IsProhibited, flagged);
            Stratum(report.ByTaxon, item.Taxon.Length == 0 ? "(none)" : item.Taxon).Add(item.IsProhibited, flagged);
            report.Verdicts[item.IsProhibited ? 1 : 0, (int)result.Verdict]++;
            foreach ((double threshold, EvalCounts counts) in report.Sweep)
            {
                counts.Add(item.IsProhibited, result.Score >= threshold);
            }

            if (item.IsProhibited && !flagged && result.Risk is not { ModelProbability: > 0 })
            {
                report.UnseenMisses++;
            }

            if (item.IsProhibited != flagged)
            {
                report.Errors.Add((item, result));
            }
        }

        return report;
    }

    private static EvalCounts Stratum(SortedDictionary<string, EvalCounts> strata, string key)
    {
        if (!strata.TryGetValue(key, out EvalCounts? counts))
        {
            counts = new EvalCounts();
            strata[key] = counts;
        }

        return counts;
    }
}
