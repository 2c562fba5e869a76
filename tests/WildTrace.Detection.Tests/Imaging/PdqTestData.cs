namespace WildTrace.Detection.Tests.Imaging;

/// <summary>
/// Finds ThreatExchange's PDQ vectors in ../shared/data/pdq (see its README.md): WILDTRACE_SHARED_DATA when set, else the
/// shared/ folder beside the repository.
/// </summary>
internal static class PdqTestData
{
    public const string MissingMessage =
        "PDQ test vectors not found: set WILDTRACE_SHARED_DATA or place them in ../shared/data/pdq beside the repository.";

    public static string? Directory { get; } = Find();

    public static bool IsPresent => Directory is not null;

    public static string PathOf(string relative) => Path.Combine(Directory!, relative);

    /// <summary>Rows of a CSV with a header, as name-to-value maps. The files have no quoted commas before the last column.</summary>
    public static IEnumerable<Dictionary<string, string>> ReadCsv(string relative)
    {
        string[] lines = File.ReadAllLines(PathOf(relative));
        string[] header = lines[0].Split(',');
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] cells = line.Split(',');
            Dictionary<string, string> row = new(StringComparer.Ordinal);
            for (int i = 0; i < header.Length && i < cells.Length; i++)
            {
                row[header[i]] = cells[i];
            }

            yield return row;
        }
    }

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("WILDTRACE_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            string candidate = Path.Combine(fromEnvironment, "pdq");
            return System.IO.Directory.Exists(candidate) ? candidate : null;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WildTrace.slnx")))
            {
                string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "pdq"));
                return System.IO.Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
