using System.Collections.Concurrent;
using System.Globalization;
using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// Looks a listing's images up in a <see cref="HashBank"/>: an image within <see cref="ImageMatchOptions.MaxDistance"/>
/// of a banked picture becomes a <see cref="Finding"/> that names the bank entry's labels and the distance.
/// </summary>
/// <remarks>
/// <para>Thread-safe: one detector serves every scan thread, and images are hashed on the thread that scans the listing.
/// Each opened location is hashed once per detector (up to <see cref="ImageMatchOptions.MaxCachedImages"/>).</para>
/// <para>An image that cannot be checked (not opened, unreadable, undecodable, low quality, or beyond the per-listing
/// limit) gives a finding of weight 0 saying why, so a reviewer sees what was not looked at; the other images still count.</para>
/// <para>A hit weighs <c>confidence × max(0.2, 0.95 − 0.35 × distance / 31)</c>: an identical picture from a fully
/// confident source weighs 0.95 (block with the default thresholds) and one at PDQ's threshold of 31 bits weighs 0.6
/// (review). A banked picture seen in several images of one listing counts once. See docs/design/hash-bank.md.</para>
/// </remarks>
public sealed class ImageMatchDetector : IDetector
{
    private readonly HashBank _bank;
    private readonly ImageMatchOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<HashOutcome>> _hashes = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; this counter is read instead. A lost race may count an entry twice,
    // which only makes the cap a little early.
    private int _cachedCount;

    /// <summary>Creates a detector.</summary>
    /// <param name="bank">The bank to match against.</param>
    /// <param name="options">Options; <see cref="ImageMatchOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bank"/> or the hasher in <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A distance, limit or quality in <paramref name="options"/> is out of range.</exception>
    public ImageMatchDetector(HashBank bank, ImageMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        options ??= ImageMatchOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Hasher, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDistance, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxDistance, PdqHash.Bits, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxImagesPerListing, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinQuality, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinQuality, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxCachedImages, nameof(options));
        _bank = bank;
        _options = options;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(Listing listing, DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(listing);
        IReadOnlyList<ListingImage> images = listing.Images;
        if (images.Count == 0)
        {
            return [];
        }

        List<Finding> findings = [];
        HashSet<PdqHash> banked = [];
        int checkedCount = Math.Min(images.Count, _options.MaxImagesPerListing);
        for (int i = 0; i < checkedCount; i++)
        {
            HashOutcome outcome = HashOf(images[i]);
            if (outcome.Problem is not null)
            {
                findings.Add(new Finding(Format($"images[{i}] not checked: {outcome.Problem}"), 0));
                continue;
            }

            if (outcome.Hash is not { } hash)
            {
                continue; // neither a location nor a hash: nothing to check
            }

            IReadOnlyList<HashBankMatch> matches = _bank.FindWithin(hash, _options.MaxDistance);
            if (matches.Count > 0)
            {
                HashBankMatch nearest = matches[0];
                double weight = banked.Add(nearest.Hash) ? WeightOf(nearest) : 0; // one picture is one clue
                findings.Add(new Finding(Describe(i, nearest), weight) { Image = new ImageMatch(i, hash, nearest) });
            }
        }

        if (images.Count > checkedCount)
        {
            findings.Add(new Finding(Format($"images[{checkedCount}] and later not checked: limit of {checkedCount} images per listing"), 0));
        }

        return findings;
    }

    internal static double WeightOf(HashBankMatch match)
    {
        double closeness = Math.Max(0.2, 0.95 - (0.35 * match.Distance / PdqHash.MatchThresholdBits));
        return Math.Clamp(match.Labels.Confidence, 0, 1) * closeness;
    }

    private HashOutcome HashOf(ListingImage image)
    {
        if (image.Pdq is { } precomputed)
        {
            return new HashOutcome(precomputed, null);
        }

        if (image.Location is not { } location)
        {
            return default;
        }

        if (_options.OpenImage is null)
        {
            return new HashOutcome(null, "no image opener was configured");
        }

        if (_hashes.TryGetValue(location, out Lazy<HashOutcome>? cached))
        {
            return cached.Value;
        }

        // Past the cap the cache stops growing rather than evicting: a run that big rarely repeats old images.
        return Volatile.Read(ref _cachedCount) < _options.MaxCachedImages
            ? _hashes.GetOrAdd(location, Remember).Value
            : Open(location);
    }

    private Lazy<HashOutcome> Remember(string location)
    {
        Interlocked.Increment(ref _cachedCount);
        return new Lazy<HashOutcome>(() => Open(location));
    }

    private HashOutcome Open(string location)
    {
        try
        {
            using Stream? stream = _options.OpenImage!(location); // HashOf checked it is set
            if (stream is null)
            {
                return new HashOutcome(null, "the host does not open this location (remote images are not fetched)");
            }

            if (!_options.Hasher.TryHash(stream, out PdqHashResult result, out string? error))
            {
                return new HashOutcome(null, error);
            }

            return result.Quality < _options.MinQuality
                ? new HashOutcome(null, Format($"quality {result.Quality} is below {_options.MinQuality}"))
                : new HashOutcome(result.Hash, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The host's storage boundary: one unreadable image is reported, and the listing's other images still count.
            return new HashOutcome(null, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : "cannot be read: " + e.Message);
        }
    }

    private static string Describe(int index, HashBankMatch match)
    {
        HashLabels labels = match.Labels;
        string[] shown = [.. new[] { labels.Product, labels.Species }.Where(s => s.Length > 0)];
        string what = shown.Length == 0 ? "an unlabelled banked picture" : "a banked picture of " + string.Join(", ", shown);
        string source = labels.Source.Length == 0 ? "" : "source " + labels.Source + ", ";
        return Format($"images[{index}] matches {what} ({source}confidence {labels.Confidence:0.##}, distance {match.Distance} bits)");
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct HashOutcome(PdqHash? Hash, string? Problem);
}
