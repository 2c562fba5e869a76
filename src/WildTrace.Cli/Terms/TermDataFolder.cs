using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// The term database on disk: <c>DIR/species/species.tsv</c> and <c>DIR/terms/&lt;lang&gt;.tsv</c> (format in
/// data/terms/README.md). The CLI opens the files; the engine's <see cref="TermDatabaseReader"/> reads the streams.
/// </summary>
internal static class TermDataFolder
{
    public const string DefaultPath = "data";

    public static string SpeciesFile(string dataDir) => Path.Combine(dataDir, "species", "species.tsv");

    public static string TermsFolder(string dataDir) => Path.Combine(dataDir, "terms");

    /// <summary>The language files (<c>terms/*.tsv</c>), in ordinal order.</summary>
    public static string[] TermFiles(string dataDir) => Directory.Exists(TermsFolder(dataDir))
        ? [.. Directory.GetFiles(TermsFolder(dataDir), "*.tsv").Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Reads and validates the whole database; unreadable files become errors, not exceptions.</summary>
    public static TermDatabase Read(string dataDir)
    {
        TermDatabaseReader reader = new();
        List<TermDatabaseError> ioErrors = [];
        string speciesFile = SpeciesFile(dataDir);
        Open(speciesFile, ioErrors, stream => reader.ReadSpecies(speciesFile, stream));
        string[] termFiles = TermFiles(dataDir);
        if (termFiles.Length == 0)
        {
            ioErrors.Add(new TermDatabaseError(TermsFolder(dataDir), 0, "no <lang>.tsv term files found"));
        }

        foreach (string file in termFiles)
        {
            Open(file, ioErrors, stream => reader.ReadTerms(file, stream, Path.GetFileNameWithoutExtension(file)));
        }

        TermDatabase database = reader.Build();
        return ioErrors.Count == 0 ? database : new TermDatabase(database.Species, database.Terms, [.. ioErrors, .. database.Errors]);
    }

    private static void Open(string path, List<TermDatabaseError> errors, Action<Stream> read)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new TermDatabaseError(path, 0, $"cannot read: {e.Message}"));
        }
    }
}
