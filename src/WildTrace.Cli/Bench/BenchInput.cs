using System.Text;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Cli.Bench;

/// <summary>What every <see cref="BenchCase"/> of one run measures: the same listings and the same terms.</summary>
internal sealed record BenchInput(IReadOnlyList<string> Listings, IReadOnlyList<Term> Terms, string Source)
{
    private NormalizedText[]? _normalized;

    /// <summary>The listings normalised once (untimed), shared by every case that measures matching alone.</summary>
    public IReadOnlyList<NormalizedText> NormalizedListings =>
        _normalized ??= [.. Listings.Select(TextNormalizer.Default.Normalize)];

    /// <summary>UTF-8 bytes of the first <paramref name="count"/> listings: the unit of MB/s, as for Hyperscan's
    /// hsbench, which scans the corpus file's bytes.</summary>
    public long Utf8Bytes(int count)
    {
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            bytes += Encoding.UTF8.GetByteCount(Listings[i]);
        }

        return bytes;
    }

    /// <summary>Reads a corpus (one listing per line) and a pattern list (one term per line); either may be null to
    /// use the built-in synthetic one.</summary>
    public static BenchInput Load(string? corpusPath, string? termsPath, int? maxListings)
    {
        string source = corpusPath is null ? "synthetic corpus" : Path.GetFileName(corpusPath);
        IEnumerable<string> listings = corpusPath is null ? SyntheticCorpus.Listings() : File.ReadLines(corpusPath);
        listings = listings.Where(line => line.Length > 0);
        if (maxListings is int max)
        {
            listings = listings.Take(max);
        }

        IEnumerable<string> patterns = termsPath is null ? SyntheticCorpus.Patterns() : File.ReadLines(termsPath);
        List<Term> terms = [.. patterns
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select((text, i) => new Term { Id = $"p{i}", Text = text, Language = HasHan(text) ? "zh" : "und" })];
        return new BenchInput([.. listings], terms, source);
    }

    private static bool HasHan(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
