using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scanning;
using WildTrace.Hub.Scans;

namespace WildTrace.Hub.Reports;

/// <summary>
/// Scores a report with the same engine members use (the pasted text, and the screenshots' PDQ hashes against the
/// shared banks) and turns the case's evidence into a queue priority.
/// </summary>
internal sealed class ReportTriage(ScanEngine engine, SpeciesCatalog species)
{
    public ScanResult Scan(string listingText, IEnumerable<PdqHash> screenshots) =>
        engine.Scan(new Listing
        {
            Id = "report",
            Text = listingText,
            Images = [.. screenshots.Select(h => new ListingImage { Pdq = h })],
        });

    /// <summary>The taxon to file the case under: the reporter's pick, else the strongest matched term's taxon.</summary>
    public string TaxonFor(string picked, ScanResult result)
    {
        if (picked.Length > 0)
        {
            return picked;
        }

        ScanMatch? best = result.Matches.Where(m => m.Term.Species.Length > 0 && species.Table.TryGet(m.Term.Species, out _))
            .OrderByDescending(m => m.Term.Weight).FirstOrDefault();
        return best?.Term.Species ?? "";
    }

    /// <summary>
    /// Queue priority, highest first. The engine's probability dominates (0–100); Appendix I taxa, threatened with
    /// extinction and barred from commercial trade, add 30 and Appendix II 15, so a likely pangolin case outranks an
    /// equally likely Appendix III one; every doubling of independent reporters adds 10. Age is added when the queue is
    /// read (<see cref="WithAge"/>), so that nothing waits forever behind newer, stronger cases.
    /// </summary>
    public static double Priority(double score, string cites, int reporterCount) =>
        (score * 100) + CitesWeight(cites) + (10 * Math.Log2(1 + Math.Max(0, reporterCount)));

    /// <summary>One point per hour waited: a 48-hour-old case gains as much as Appendix II status, more than a high score gap.</summary>
    public static double WithAge(double priority, TimeSpan age) => priority + Math.Max(0, age.TotalHours);

    private static double CitesWeight(string cites) => cites switch
    {
        "I" or "I/II" => 30,
        "II" => 15,
        "III" => 5,
        _ => 0,
    };
}
