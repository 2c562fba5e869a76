using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace WildTrace.Cli.Terms;

/// <summary>Renders <see cref="TermStatistics"/> as readable tables (plain text when stdout is not a terminal).</summary>
internal static class TermStatisticsTable
{
    // The kinds that carry most detections get a column each; the rest are summed, so the table fits 120 columns.
    private static readonly string[] s_kindColumns = ["product", "common-name", "scientific-name", "code-word", "tcm-name", "sale-intent"];

    public static void Write(TextWriter output, TermStatistics stats)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 140;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stats.Terms} terms in {stats.ByLanguage.Count} languages, {stats.ByTaxon.Count} taxa named by terms, {stats.Species} taxa in the species table"));
        console.WriteLine("status: " + string.Join(", ", stats.ByStatus.Select(p => Invariant($"{p.Key} {p.Value}"))));

        Table byLanguage = new Table().Border(TableBorder.Simple).AddColumn("language").AddColumn(new TableColumn("terms").RightAligned());
        foreach (string kind in s_kindColumns)
        {
            byLanguage.AddColumn(new TableColumn(kind).RightAligned());
        }

        byLanguage.AddColumn(new TableColumn("other").RightAligned());
        foreach ((string language, int total) in stats.ByLanguage)
        {
            List<IRenderable> row = [new Text(language), new Text(Invariant($"{total}"))];
            int listed = 0;
            foreach (string kind in s_kindColumns)
            {
                int count = stats.ByLanguageAndKind.GetValueOrDefault((language, kind));
                listed += count;
                row.Add(new Text(Invariant($"{count}")));
            }

            row.Add(new Text(Invariant($"{total - listed}")));
            byLanguage.AddRow(row);
        }

        console.Write(byLanguage);
        console.WriteLine("by kind: " + string.Join(", ", stats.ByKind.Select(p => Invariant($"{p.Key} {p.Value}"))));
        console.WriteLine();
        console.WriteLine("thinnest language x taxon cells, among the taxa with most terms (" + string.Join(", ", stats.KeyTaxa) + "):");
        Table thin = new Table().Border(TableBorder.Simple).AddColumn("language").AddColumn("taxon").AddColumn(new TableColumn("terms").RightAligned());
        foreach ((string language, string taxon, int terms) in stats.ThinnestCells)
        {
            thin.AddRow(language, taxon, Invariant($"{terms}"));
        }

        console.Write(thin);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
