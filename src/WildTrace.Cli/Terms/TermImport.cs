using WildTrace.Cli.Scanning;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// <c>wildtrace terms import</c>: adds the terms of an interchange file (CSV or JSON) to the per-language TSV files.
/// All or nothing: when any row clashes with the database (same id, or same text in the same language), nothing is written.
/// </summary>
internal static class TermImport
{
    public static int Run(ConsoleStreams console, string file, string dataDir, TermStatus? status, TimeProvider time)
    {
        if (!TermListFile.TryLoad(file, out IReadOnlyList<Term> imported, out IReadOnlyList<string> readErrors))
        {
            foreach (string error in readErrors)
            {
                console.Error.WriteLine($"wildtrace: {error}");
            }

            return ExitCodes.BadArguments;
        }

        DateOnly today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        TermDatabase existing = TermDataFolder.Read(dataDir);
        HashSet<string> ids = new(existing.Terms.Select(t => t.Id), StringComparer.Ordinal);
        HashSet<(string, string)> texts = [.. existing.Terms.Select(t => (t.Text.ToLowerInvariant(), t.Language))];
        List<string> clashes = [];
        foreach (Term term in imported)
        {
            if (ids.Contains(term.Id))
            {
                clashes.Add($"id '{term.Id}' is already in the database");
            }
            else if (texts.Contains((term.Text.ToLowerInvariant(), term.Language)))
            {
                clashes.Add($"'{term.Text}' ({term.Language}) is already in the database");
            }
        }

        if (clashes.Count > 0)
        {
            foreach (string clash in clashes)
            {
                console.Error.WriteLine($"wildtrace: {file}: {clash}");
            }

            console.Error.WriteLine($"wildtrace: nothing imported ({clashes.Count} clashes)");
            return ExitCodes.BadArguments;
        }

        Directory.CreateDirectory(TermDataFolder.TermsFolder(dataDir));
        foreach (IGrouping<string, Term> language in imported.GroupBy(t => t.Language))
        {
            string path = Path.Combine(TermDataFolder.TermsFolder(dataDir), language.Key + ".tsv");
            TermTsvWriter.Append(path, language.Select(t => TermInterchange.ToDatabaseRow(t, today, status)));
        }

        console.Error.WriteLine($"wildtrace: imported {imported.Count} terms into {TermDataFolder.TermsFolder(dataDir)}; run 'wildtrace terms validate'");
        return ExitCodes.Success;
    }
}
