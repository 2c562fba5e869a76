using System.Globalization;
using System.Text;
using System.Text.Json;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// Export and import in the term-list interchange format (data/terms/README.md, "Term lists"): CSV or JSON with the
/// columns <c>id,text,language,category,species,weight,kind,source</c>, plus <c>product,context,status,added</c> so a
/// round trip loses nothing. <c>category</c> is exported for older readers and ignored on import (it is derived).
/// </summary>
internal static class TermInterchange
{
    public static readonly string[] Columns =
        ["id", "text", "language", "category", "species", "weight", "kind", "source", "product", "context", "status", "added"];

    /// <summary>Older lists name two kinds differently; the database's names are the ones written back.</summary>
    private static readonly Dictionary<string, string> s_legacyKinds = new(StringComparer.Ordinal)
    {
        ["sale-signal"] = "sale-intent",
        ["look-alike"] = "negative-context",
    };

    public static void Export(Stream output, IEnumerable<Term> terms, TermListFormat format)
    {
        if (format == TermListFormat.Json)
        {
            using Utf8JsonWriter json = new(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartArray();
            foreach (Term term in terms)
            {
                json.WriteStartObject();
                string[] values = Values(term);
                for (int i = 0; i < Columns.Length; i++)
                {
                    if (Columns[i] == "weight")
                    {
                        json.WriteNumber("weight", term.Weight);
                    }
                    else
                    {
                        json.WriteString(Columns[i], values[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            return;
        }

        using StreamWriter writer = new(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (Term term in terms)
        {
            writer.WriteLine(string.Join(',', Values(term).Select(QuoteCsv)));
        }
    }

    /// <summary>Maps a term read from an interchange file to a database row: the kind renamed, category dropped.</summary>
    public static Term ToDatabaseRow(Term term, DateOnly today, TermStatus? status) => term with
    {
        Kind = s_legacyKinds.GetValueOrDefault(term.Kind, term.Kind),
        Category = "",
        Status = status ?? term.Status,
        Added = term.Added ?? today,
    };

    private static string[] Values(Term t) =>
    [
        t.Id, t.Text, t.Language, t.Category, t.Species, t.Weight.ToString("R", CultureInfo.InvariantCulture), t.Kind, t.Source,
        t.Product, t.Context, TermTsvWriter.StatusName(t.Status), t.Added?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
    ];

    private static string QuoteCsv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
