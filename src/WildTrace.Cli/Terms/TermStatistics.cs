using System.Text.Json;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// Counts of the term database for <c>wildtrace terms stats</c>: terms by language, kind, taxon and status, and the
/// thinnest language × taxon cells. Retired terms are left out: they no longer detect anything.
/// </summary>
internal sealed class TermStatistics
{
    // The taxa that matter most are the ones curators wrote most terms for; a gap there is a real blind spot, while a
    // zero for a rarely traded orchid in Lao is expected. So thin cells are looked for among the top taxa only.
    private const int KeyTaxonCount = 12;
    private const int ThinnestCellCount = 20;

    private TermStatistics(IReadOnlyList<Term> terms)
    {
        Terms = terms.Count;
        ByLanguage = CountBy(terms, t => t.Language);
        ByKind = CountBy(terms, t => t.Kind);
        ByStatus = CountBy(terms, t => TermTsvWriter.StatusName(t.Status));
        ByTaxon = CountBy(terms.Where(t => t.Species.Length > 0), t => t.Species);
        ByLanguageAndKind = terms.GroupBy(t => (t.Language, t.Kind)).ToDictionary(g => g.Key, g => g.Count());
        Dictionary<(string Language, string Taxon), int> cells = terms.Where(t => t.Species.Length > 0)
            .GroupBy(t => (t.Language, t.Species)).ToDictionary(g => g.Key, g => g.Count());
        KeyTaxa = [.. ByTaxon.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(KeyTaxonCount).Select(p => p.Key)];
        ThinnestCells = [.. ByLanguage.Keys.Where(l => l != "und")
            .SelectMany(l => KeyTaxa.Select(t => (Language: l, Taxon: t, Terms: cells.GetValueOrDefault((l, t)))))
            .OrderBy(c => c.Terms).ThenBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.Taxon, StringComparer.Ordinal)
            .Take(ThinnestCellCount)];
    }

    public int Terms { get; }

    public int Species { get; private init; }

    public SortedDictionary<string, int> ByLanguage { get; }

    public SortedDictionary<string, int> ByKind { get; }

    public SortedDictionary<string, int> ByStatus { get; }

    public SortedDictionary<string, int> ByTaxon { get; }

    public Dictionary<(string Language, string Kind), int> ByLanguageAndKind { get; }

    /// <summary>The taxa with the most terms, most first.</summary>
    public IReadOnlyList<string> KeyTaxa { get; }

    /// <summary>Language × key-taxon cells with the fewest terms (zeros included), fewest first; <c>und</c> (emoji) excluded.</summary>
    public IReadOnlyList<(string Language, string Taxon, int Terms)> ThinnestCells { get; }

    public static TermStatistics Of(TermDatabase database) =>
        new([.. database.Terms.Where(t => t.Status != TermStatus.Retired)]) { Species = database.Species.Count };

    public void WriteJson(Stream output)
    {
        using Utf8JsonWriter json = new(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("terms", Terms);
        json.WriteNumber("languages", ByLanguage.Count);
        json.WriteNumber("taxa", ByTaxon.Count);
        json.WriteNumber("species", Species);
        WriteMap(json, "byLanguage", ByLanguage);
        WriteMap(json, "byKind", ByKind);
        WriteMap(json, "byStatus", ByStatus);
        WriteMap(json, "byTaxon", ByTaxon);
        json.WriteStartObject("byLanguageAndKind");
        foreach (string language in ByLanguage.Keys)
        {
            json.WriteStartObject(language);
            foreach (((string _, string kind), int count) in ByLanguageAndKind.Where(p => p.Key.Language == language).OrderBy(p => p.Key.Kind, StringComparer.Ordinal))
            {
                json.WriteNumber(kind, count);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("thinnestCells");
        foreach ((string language, string taxon, int terms) in ThinnestCells)
        {
            json.WriteStartObject();
            json.WriteString("language", language);
            json.WriteString("taxon", taxon);
            json.WriteNumber("terms", terms);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static SortedDictionary<string, int> CountBy(IEnumerable<Term> terms, Func<Term, string> key) =>
        new(terms.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static void WriteMap(Utf8JsonWriter json, string name, SortedDictionary<string, int> map)
    {
        json.WriteStartObject(name);
        foreach ((string key, int count) in map)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
