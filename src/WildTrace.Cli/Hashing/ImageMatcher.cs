using System.Globalization;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>
/// Hashes image files and looks each up in a bank: the call <c>wildtrace scan</c> needs for images
/// (<see cref="TryMatch"/>), and the loop behind <c>wildtrace hashes match</c>.
/// </summary>
internal static class ImageMatcher
{
    /// <summary>Hashes one file and returns the bank entries within <paramref name="maxDistance"/>, nearest first.</summary>
    public static bool TryMatch(
        ImageFileHasher hasher,
        HashBank bank,
        string path,
        int maxDistance,
        out PdqHashResult hash,
        out IReadOnlyList<HashBankMatch> matches,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        matches = [];
        if (!hasher.TryHash(path, out hash, out error))
        {
            return false;
        }

        matches = bank.FindWithin(hash.Hash, maxDistance);
        return true;
    }

    public static int Run(HashBank bank, IEnumerable<string> paths, int maxDistance, TextWriter output, TextWriter error)
    {
        ImageFileHasher hasher = new(PdqHasher.Default);
        int exitCode = ExitCodes.Success;
        foreach (string path in ImageFiles.Expand(paths))
        {
            if (!TryMatch(hasher, bank, path, maxDistance, out PdqHashResult hash, out IReadOnlyList<HashBankMatch> matches, out string? failure))
            {
                error.WriteLine($"wildtrace: {path}: {failure}");
                exitCode = ExitCodes.IoFailure;
                continue;
            }

            foreach (HashBankMatch match in matches)
            {
                HashLabels l = match.Labels;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{HashCsv.Escape(path)},{hash.Hash},{hash.Quality},{match.Hash},{match.Distance},{HashCsv.Escape(l.Species)},{HashCsv.Escape(l.Product)},{HashCsv.Escape(l.Source)},{l.Confidence:R}"));
            }
        }

        return exitCode;
    }
}
