using System.Globalization;
using System.Text;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed class ConfusableDataTests
{
    // Mappings that Unicode changed between confusables v13 (our registry source) and v17: palochka ӏ went from i to l.
    private static readonly HashSet<char> s_changedSinceV13 = ['\u04CF'];

    [Fact]
    public void Agrees_with_unicode_17_confusables_for_every_letter_it_folds()
    {
        string? file = FindSharedFile("unicode/confusables-17.0.0.txt");
        Assert.SkipWhen(file is null, "../shared/data/unicode/confusables-17.0.0.txt is absent; the v17 cross-check needs it.");

        // Derive from v17 what the generator derives from v13: letter → one Latin letter, compared after folding.
        Dictionary<char, HashSet<char>> v17 = [];
        foreach (string line in File.ReadLines(file!))
        {
            string[] fields = line.Split('#')[0].Split(';');
            if (fields.Length < 3 || fields[1].Trim().Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            string source = Fold(fields[0]);
            string target = Fold(fields[1]);
            if (source.Length == 1 && target.Length == 1 && char.IsAsciiLetter(target[0]) && !char.IsAscii(source[0]))
            {
                (v17.TryGetValue(source[0], out HashSet<char>? targets) ? targets : v17[source[0]] = []).Add(target[0]);
            }
        }

        ConfusableMap map = ConfusableMap.Instance;
        List<string> disagreements = [];
        int missing = 0;
        foreach ((char source, HashSet<char> targets) in v17)
        {
            if (!map.TryGetLatin(source, out char latin))
            {
                missing++;
            }
            else if (!targets.Contains(latin) && !s_changedSinceV13.Contains(source))
            {
                disagreements.Add($"U+{(int)source:X4} → {latin}, v17 says {string.Join('/', targets)}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Our table: {map.ToLatinCount} letters; v17 has {v17.Count} letter → Latin letter pairs, {missing} of them not in ours.");
        Assert.Empty(disagreements);
    }

    private static string Fold(string hexCodePoints)
    {
        StringBuilder builder = new();
        foreach (string hex in hexCodePoints.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    // The shared data sits beside the repository (../shared/data), or beside a folder of worktrees above it.
    private static string? FindSharedFile(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
