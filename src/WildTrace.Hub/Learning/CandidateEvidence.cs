namespace WildTrace.Hub.Learning;

/// <summary>What <see cref="TermMiner"/> has seen of one key: the cases it occurs in and how sellers wrote it.</summary>
internal sealed class CandidateEvidence(string key, bool isCharacterGram)
{
    private readonly Dictionary<string, (int Count, int FirstSeen)> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _taxa = new(StringComparer.Ordinal);

    public string Key { get; } = key;

    public bool IsCharacterGram { get; } = isCharacterGram;

    public HashSet<long> Confirmed { get; } = [];

    public HashSet<long> Rejected { get; } = [];

    public void AddConfirmed(MinedListing listing, string surface)
    {
        (int count, int firstSeen) = _surfaces.GetValueOrDefault(surface, (0, _surfaces.Count));
        _surfaces[surface] = (count + 1, firstSeen);
        if (Confirmed.Add(listing.CaseId))
        {
            Increment(_languages, listing.Language);
            Increment(_taxa, listing.Taxon);
        }
    }

    /// <summary>The form sellers used most; the earliest seen wins a tie, so the result does not depend on hashing.</summary>
    public string MostCommonSurface() =>
        _surfaces.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Value.FirstSeen).Select(s => s.Key).First();

    /// <summary>The most common non-empty value among the confirmed cases ("" when none has one); ties go to the ordinal-first.</summary>
    public string MostCommonLanguage() => MostCommon(_languages);

    public string MostCommonTaxon() => MostCommon(_taxa);

    private static void Increment(Dictionary<string, int> counts, string value)
    {
        if (value.Length > 0)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }

    private static string MostCommon(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault() ?? "";
}
