using System.Globalization;
using System.Text;

namespace WildTrace.Cli.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as Markdown: the figures a member needs to judge and tune the scorer.</summary>
internal static class EvalMarkdown
{
    public static string Write(EvalReport report, string title, bool isSweepIncluded)
    {
        StringBuilder md = new();
        md.Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        md.Append("A listing is *flagged* when its verdict is review or block. Precision is undefined (—) where nothing was flagged.\n\n");
        md.Append("## Overall\n\n");
        Table(md, "set", [("all", report.Overall)]);
        md.Append(CultureInfo.InvariantCulture,
            $"\nOf the {report.Overall.FalseNegatives} missed prohibited listings, {report.UnseenMisses} had no species term left for the scorer (the term matcher did not recognise the obfuscated term, or a negative context covered it); the rest were scored below the review threshold.\n");
        md.Append("\n## Confusion matrix (label × verdict)\n\n| label | allow | review | block |\n|---|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| allowed | {report.Verdicts[0, 0]} | {report.Verdicts[0, 1]} | {report.Verdicts[0, 2]} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| prohibited | {report.Verdicts[1, 0]} | {report.Verdicts[1, 1]} | {report.Verdicts[1, 2]} |\n");
        md.Append("\n## Per language\n\n");
        Table(md, "lang", report.ByLanguage.Select(p => (p.Key, p.Value)));
        md.Append("\n## Per obfuscation family\n\n");
        Table(md, "obfuscation", report.ByObfuscation.Select(p => (p.Key, p.Value)));
        md.Append("\n## Per taxon\n\n");
        Table(md, "taxon", report.ByTaxon.Select(p => (p.Key, p.Value)));
        if (isSweepIncluded)
        {
            md.Append("\n## Threshold sweep (flagged = score ≥ threshold)\n\n");
            Table(md, "threshold", report.Sweep.Select(s => (s.Threshold.ToString("0.00#", CultureInfo.InvariantCulture), s.Counts)));
        }

        md.Append("\n## Errors (first 40)\n\n| id | lang | obfuscation | label | verdict | score | text |\n|---|---|---|---|---|---:|---|\n");
        foreach ((LabelledListing item, Detection.Scanning.ScanResult result) in report.Errors.Take(40))
        {
            string text = (item.Listing.Title + " " + item.Listing.Text).Trim().Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            md.Append(CultureInfo.InvariantCulture, $"| {item.Listing.Id} | {item.Language} | {item.Obfuscation} | {(item.IsProhibited ? "prohibited" : "allowed")} | {result.Verdict.ToString().ToLowerInvariant()} | {result.Score:0.000} | {text} |\n");
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, string key, IEnumerable<(string Name, EvalCounts Counts)> rows)
    {
        md.Append(CultureInfo.InvariantCulture, $"| {key} | n | prohibited | TP | FP | TN | FN | precision | recall | F1 | FPR |\n");
        md.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach ((string name, EvalCounts c) in rows)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {name} | {c.Total} | {c.Positives} | {c.TruePositives} | {c.FalsePositives} | {c.TrueNegatives} | {c.FalseNegatives} | {F(c.Precision)} | {F(c.Recall)} | {F(c.F1)} | {F(c.FalsePositiveRate)} |\n");
        }
    }

    private static string F(double value) => double.IsNaN(value) ? "—" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
