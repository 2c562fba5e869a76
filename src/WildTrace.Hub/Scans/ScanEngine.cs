using WildTrace.Detection.Imaging;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Hub.Scans;

/// <summary>
/// The hub's scanner: one immutable <see cref="ListingScanner"/> shared by every request, swapped whole when the term
/// database or the hash banks change (so a scan never sees half an update). Singleton; thread-safe.
/// </summary>
internal sealed class ScanEngine
{
    private readonly Lock _gate = new();
    private volatile ListingScanner _scanner;
    private TermMatcher _matcher;
    private HashBank _bank = HashBank.Empty;

    public ScanEngine()
    {
        if (!BundledTermPack.TryGet(out TermPack? pack, out string error))
        {
            throw new InvalidOperationException(error);
        }

        _matcher = TermMatcher.Create(pack!.Terms); // TryGet returned true, so pack is set
        _scanner = Build(_matcher, _bank);
    }

    /// <summary>Scans one listing with the current terms.</summary>
    public ScanResult Scan(Listing listing) => _scanner.Scan(listing);

    /// <summary>Builds a matcher for <paramref name="terms"/> and swaps it in; scans already running finish on the old one.</summary>
    public void ReplaceTerms(IEnumerable<Term> terms)
    {
        TermMatcher matcher = TermMatcher.Create(terms); // built outside the lock: it is the slow part
        lock (_gate)
        {
            _matcher = matcher;
            _scanner = Build(_matcher, _bank);
        }
    }

    /// <summary>Swaps in the hash bank that listing images are matched against (the shared banks).</summary>
    public void ReplaceImageBank(HashBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        lock (_gate)
        {
            _bank = bank;
            _scanner = Build(_matcher, _bank);
        }
    }

    private static ListingScanner Build(TermMatcher matcher, HashBank bank) =>
        new(matcher, new ScanOptions
        {
            Scorer = new RiskScorer(),
            Detectors = bank.Count == 0 ? [] : [new ImageMatchDetector(bank)],
        });
}
