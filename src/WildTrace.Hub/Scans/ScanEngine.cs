using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Hub.Scans;

/// <summary>
/// The hub's scanner: one immutable <see cref="ListingScanner"/> shared by every request, swapped whole when the term
/// database changes (so a scan never sees half an update). Singleton; thread-safe.
/// </summary>
internal sealed class ScanEngine
{
    private volatile ListingScanner _scanner;

    public ScanEngine()
    {
        if (!BundledTermPack.TryGet(out TermPack? pack, out string error))
        {
            throw new InvalidOperationException(error);
        }

        _scanner = Build(pack!.Terms); // TryGet returned true, so pack is set
    }

    /// <summary>Scans one listing with the current terms.</summary>
    public ScanResult Scan(Listing listing) => _scanner.Scan(listing);

    /// <summary>Builds a scanner for <paramref name="terms"/> and swaps it in; scans already running finish on the old one.</summary>
    public void Replace(IEnumerable<Term> terms) => _scanner = Build(terms);

    private static ListingScanner Build(IEnumerable<Term> terms) =>
        new(TermMatcher.Create(terms), new ScanOptions { Scorer = new RiskScorer() });
}
