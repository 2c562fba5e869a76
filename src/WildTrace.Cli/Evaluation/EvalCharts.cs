using ScottPlot;

namespace WildTrace.Cli.Evaluation;

/// <summary>Draws an <see cref="EvalReport"/> as PNG charts with ScottPlot (SkiaSharp; renders headless).</summary>
internal static class EvalCharts
{
    public static IReadOnlyList<string> Write(EvalReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        string strata = Path.Combine(folder, "recall-fpr-by-language.png");
        Strata(report.ByLanguage, "Recall and false-positive rate by language", strata);
        string families = Path.Combine(folder, "recall-fpr-by-obfuscation.png");
        Strata(report.ByObfuscation, "Recall and false-positive rate by obfuscation family", families);
        string sweep = Path.Combine(folder, "threshold-sweep.png");
        Sweep(report, sweep);
        return [strata, families, sweep];
    }

    private static void Strata(SortedDictionary<string, EvalCounts> strata, string title, string path)
    {
        Plot plot = new();
        string[] names = [.. strata.Keys];
        double[] recall = [.. strata.Values.Select(c => Zero(c.Recall))];
        double[] fpr = [.. strata.Values.Select(c => Zero(c.FalsePositiveRate))];
        double[] left = [.. Enumerable.Range(0, names.Length).Select(i => (i * 3.0) + 0.5)];
        double[] right = [.. left.Select(x => x + 1)];
        var recallBars = plot.Add.Bars(left, recall);
        recallBars.LegendText = "recall (prohibited)";
        var fprBars = plot.Add.Bars(right, fpr);
        fprBars.LegendText = "false-positive rate (allowed)";
        plot.Axes.Bottom.SetTicks([.. left.Select(x => x + 0.5)], names);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Title(title);
        plot.ShowLegend(Alignment.MiddleRight);
        plot.SavePng(path, Math.Max(800, names.Length * 60), 500);
    }

    private static void Sweep(EvalReport report, string path)
    {
        Plot plot = new();
        double[] thresholds = [.. report.Sweep.Select(s => s.Threshold)];
        var precision = plot.Add.Scatter(thresholds, [.. report.Sweep.Select(s => Zero(s.Counts.Precision))]);
        precision.LegendText = "precision";
        var recall = plot.Add.Scatter(thresholds, [.. report.Sweep.Select(s => Zero(s.Counts.Recall))]);
        recall.LegendText = "recall";
        var fpr = plot.Add.Scatter(thresholds, [.. report.Sweep.Select(s => Zero(s.Counts.FalsePositiveRate))]);
        fpr.LegendText = "false-positive rate";
        plot.XLabel("threshold on score");
        plot.Axes.SetLimits(0, 1, 0, 1.05);
        plot.Title("Threshold sweep");
        plot.ShowLegend(Alignment.MiddleLeft);
        plot.SavePng(path, 800, 500);
    }

    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;
}
