using WildTrace.Detection.Terms;

namespace WildTrace.Hub.Reports;

/// <summary>
/// The taxa a reporter can pick, from the bundled pack's species table: the same keys the engine and the labelled set
/// use, so a spotter's pick, the engine's match and the analyst's decision name species the same way. Singleton.
/// </summary>
internal sealed class SpeciesCatalog
{
    public SpeciesCatalog()
    {
        All = BundledTermPack.TryGet(out TermPack? pack, out _) ? pack!.Species.All : []; // TryGet true: pack is set
        Table = pack?.Species ?? SpeciesTable.Empty;
    }

    public IReadOnlyList<Species> All { get; }

    public SpeciesTable Table { get; }

    /// <summary>The CITES appendix of <paramref name="taxon"/>, or empty when the table does not hold it.</summary>
    public string CitesOf(string taxon) => taxon.Length > 0 && Table.TryGet(taxon, out Species? species) ? species.Cites : "";
}
