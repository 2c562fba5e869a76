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
    // The bundled terms' matcher and the default scorer are immutable and thread-safe, so every engine in the process
    // shares one of each: a hub whose approved terms equal the bundled pack (every first start) builds no second
    // matcher, and test processes that start many hubs hold one copy instead of one per hub (~250 MB each).
    private static readonly Lazy<(HashSet<Term> Terms, TermMatcher Matcher)> s_bundled = new(LoadBundled);
    private static readonly Lazy<RiskScorer> s_scorer = new(() => new RiskScorer());

    private readonly Lock _gate = new();
    private volatile ListingScanner _scanner;
    private TermMatcher _matcher;
    private HashBank _bank = HashBank.Empty;

    public ScanEngine()
    {
        _matcher = s_bundled.Value.Matcher;
        _scanner = Build(_matcher, _bank);
    }

    /// <summary>The matcher of the current terms (immutable; a later swap does not change the one returned).</summary>
    public TermMatcher Matcher
    {
        get
        {
            lock (_gate)
            {
                return _matcher;
            }
        }
    }

    /// <summary>Scans one listing with the current terms.</summary>
    public ScanResult Scan(Listing listing) => _scanner.Scan(listing);

    /// <summary>Builds a matcher for <paramref name="terms"/> and swaps it in; scans already running finish on the old one.</summary>
    public void ReplaceTerms(IEnumerable<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        IReadOnlyList<Term> list = [.. terms];
        TermMatcher matcher = s_bundled.Value.Terms.SetEquals(list.Select(WithoutDate))
            ? s_bundled.Value.Matcher
            : TermMatcher.Create(list); // built outside the lock: it is the slow part
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

    private static (HashSet<Term>, TermMatcher) LoadBundled()
    {
        if (!BundledTermPack.TryGet(out TermPack? pack, out string error))
        {
            throw new InvalidOperationException(error);
        }

        return ([.. pack!.Terms.Select(WithoutDate)], TermMatcher.Create(pack.Terms)); // TryGet returned true, so pack is set
    }

    // The term table does not keep a term's pack date (Added), and nothing a scan reports uses it.
    private static Term WithoutDate(Term term) => term with { Added = null };

    private static ListingScanner Build(TermMatcher matcher, HashBank bank) =>
        new(matcher, new ScanOptions
        {
            Scorer = s_scorer.Value,
            Detectors = bank.Count == 0 ? [] : [new ImageMatchDetector(bank)],
        });
}
