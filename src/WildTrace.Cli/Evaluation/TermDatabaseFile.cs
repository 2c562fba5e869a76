using WildTrace.Cli.Terms;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Evaluation;

/// <summary>
/// Loads the approved terms of the term database for training and evaluation, with the same reader (and so the same
/// <see cref="Term"/> fields) as <c>wildtrace terms pack</c>, so that eval measures what <c>scan</c> runs.
/// </summary>
/// <remarks>Train and eval need the whole database (25 languages), so that the eval measures the scorer rather than
/// missing vocabulary.</remarks>
internal static class TermDatabaseFile
{
    /// <param name="folder">The terms folder (<c>data/terms</c>); the species table is its sibling <c>species/species.tsv</c>.</param>
    public static bool TryLoad(string folder, out List<Term> terms, out string? error)
    {
        terms = [];
        if (!Directory.Exists(folder))
        {
            error = $"term database folder '{folder}' does not exist";
            return false;
        }

        string dataDir = Path.GetDirectoryName(Path.GetFullPath(folder)) ?? folder;
        TermDatabase database = TermDataFolder.Read(dataDir);
        if (!database.IsValid)
        {
            TermDatabaseError first = database.Errors[0];
            error = $"{first.File}:{first.Line}: {first.Message} ({database.Errors.Count} defects; run 'wildtrace terms validate')";
            return false;
        }

        terms = [.. database.ApprovedTerms()];
        error = terms.Count == 0 ? $"term database folder '{folder}' has no approved terms" : null;
        return terms.Count > 0;
    }
}
