using System.Diagnostics.CodeAnalysis;

namespace WildTrace.Detection.Terms;

/// <summary>The taxa terms refer to, keyed by scientific name (ordinal comparison).</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class SpeciesTable
{
    private readonly Dictionary<string, Species> _byTaxon;

    internal SpeciesTable(IEnumerable<Species> species)
    {
        Species[] all = [.. species.OrderBy(s => s.Taxon, StringComparer.Ordinal)];
        _byTaxon = all.ToDictionary(s => s.Taxon, StringComparer.Ordinal);
        All = all.AsReadOnly();
    }

    /// <summary>A table with no taxa.</summary>
    public static SpeciesTable Empty { get; } = new([]);

    /// <summary>Every taxon, in ordinal order of <see cref="Species.Taxon"/>.</summary>
    public IReadOnlyList<Species> All { get; }

    /// <summary>The number of taxa.</summary>
    public int Count => All.Count;

    /// <summary>Finds a taxon by its exact scientific name.</summary>
    /// <param name="taxon">The scientific name, e.g. <c>Manis javanica</c>.</param>
    /// <param name="species">The taxon, or null when the table does not hold it.</param>
    /// <returns>True when the table holds <paramref name="taxon"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="taxon"/> is null.</exception>
    public bool TryGet(string taxon, [NotNullWhen(true)] out Species? species)
    {
        ArgumentNullException.ThrowIfNull(taxon);
        return _byTaxon.TryGetValue(taxon, out species);
    }
}
