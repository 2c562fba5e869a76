using System.Globalization;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Evaluation;

/// <summary>
/// Loads the term database folder (data/terms/*.tsv, format: data/terms/README.md) for training and evaluation:
/// approved rows only, <c>lang</c> → <see cref="Term.Language"/>, <c>taxon</c> → <see cref="Term.Species"/>,
/// <c>product</c> → <see cref="Term.Category"/> (<c>live</c> marks live animals for the policy).
/// </summary>
/// <remarks>Train and eval need the whole database (25 languages), not the built-in subset, so that the eval measures
/// the scorer rather than missing vocabulary.</remarks>
internal static class TermDatabaseFile
{
    public static bool TryLoad(string folder, out List<Term> terms, out string? error)
    {
        terms = [];
        if (!Directory.Exists(folder))
        {
            error = $"term database folder '{folder}' does not exist";
            return false;
        }

        HashSet<string> ids = new(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            string[]? header = null;
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                string[] cells = line.Split('\t');
                if (header is null)
                {
                    header = cells;
                    continue;
                }

                string Cell(string name) => Array.IndexOf(header, name) is int i and >= 0 && i < cells.Length ? cells[i] : "";
                if (Cell("status") != "approved" || !ids.Add(Cell("id")))
                {
                    continue;
                }

                terms.Add(new Term
                {
                    Id = Cell("id"),
                    Text = Cell("text"),
                    Language = Cell("lang"),
                    Kind = Cell("kind"),
                    Species = Cell("taxon"),
                    Category = Cell("product"),
                    Weight = double.TryParse(Cell("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out double w) ? w : 0.5,
                });
            }
        }

        error = terms.Count == 0 ? $"term database folder '{folder}' has no approved terms" : null;
        return terms.Count > 0;
    }
}
