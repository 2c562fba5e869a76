using System.Reflection;
using System.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>Reads the tables embedded from data/generated/scoring/ (written by tools/labelled/export_scoring_data.py
/// and <c>wildtrace train</c>).</summary>
internal static class ScoringData
{
    public static Stream Open(string fileName)
    {
        Assembly assembly = typeof(ScoringData).Assembly;

        // MSBuild spells %(RecursiveDir) with the host's separator, so accept either.
        string? resource = assembly.GetManifestResourceNames().FirstOrDefault(
            name => name.StartsWith("WildTrace.Data.", StringComparison.Ordinal)
                && name.Replace('\\', '/').EndsWith("scoring/" + fileName, StringComparison.Ordinal));
        return (resource is null ? null : assembly.GetManifestResourceStream(resource))
            ?? throw new InvalidOperationException($"Embedded table 'scoring/{fileName}' is missing; rerun tools/labelled/export_scoring_data.py.");
    }

    /// <summary>The tab-separated cells of each non-empty line of an embedded table.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        using StreamReader reader = new(Open(fileName), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
