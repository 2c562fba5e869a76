namespace WildTrace.Detection.Scoring;

/// <summary>The policy group and CITES appendix of each taxon in data/species/species.tsv.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SpeciesCatalog
{
    private static readonly Lazy<SpeciesCatalog> s_default = new(() => new SpeciesCatalog(ScoringData.ReadRows("species.tsv")));

    private readonly Dictionary<string, (string Group, string Cites)> _taxa = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);

    public SpeciesCatalog(IEnumerable<string[]> rows)
    {
        foreach (string[] row in rows)
        {
            _taxa[row[0]] = (row[1], row[2]);
            _groups.Add(row[1]);
        }
    }

    public static SpeciesCatalog Default => s_default.Value;

    public bool IsGroup(string group) => _groups.Contains(group);

    /// <summary>The group and appendix of a taxon; a binomial not listed falls back to its genus.</summary>
    public bool TryGet(string taxon, out string group, out string cites)
    {
        if (_taxa.TryGetValue(taxon, out (string Group, string Cites) found) ||
            (taxon.IndexOf(' ', StringComparison.Ordinal) is > 0 and int space && _taxa.TryGetValue(taxon[..space], out found)))
        {
            (group, cites) = found;
            return true;
        }

        group = "";
        cites = "";
        return false;
    }

    /// <summary>Whether a negative context about <paramref name="negated"/> covers a term about <paramref name="taxon"/>:
    /// same taxon, or the same policy group (<c>negates:Elephantidae</c> covers <c>Loxodonta africana</c>).</summary>
    public bool IsSameGroup(string negated, string taxon) =>
        string.Equals(negated, taxon, StringComparison.Ordinal) ||
        (TryGet(negated, out string a, out _) && TryGet(taxon, out string b, out _) && string.Equals(a, b, StringComparison.Ordinal));
}
