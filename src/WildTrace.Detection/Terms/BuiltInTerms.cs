using System.Reflection;

namespace WildTrace.Detection.Terms;

/// <summary>
/// The term list built into the engine (data/terms/builtin/*.tsv, sources in data/terms/SOURCES.md), so that a scan
/// works with zero configuration until a shared term database is loaded.
/// </summary>
/// <remarks>Immutable and safe to share between threads; loaded once, on first use.</remarks>
public static class BuiltInTerms
{
    private const string ResourcePrefix = "WildTrace.Terms.";

    private static readonly Lazy<IReadOnlyList<Term>> s_terms = new(Load);

    /// <summary>All built-in terms, file by file in ordinal order of the file names, rows in file order.</summary>
    /// <exception cref="InvalidOperationException">The embedded list is invalid: a build defect, caught by the tests.</exception>
    public static IReadOnlyList<Term> All => s_terms.Value;

    private static System.Collections.ObjectModel.ReadOnlyCollection<Term> Load()
    {
        Assembly assembly = typeof(BuiltInTerms).Assembly;
        string[] names = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        List<Term> terms = [];
        HashSet<string> ids = new(StringComparer.Ordinal);
        foreach (string name in names)
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!; // The name came from the manifest itself.
            TermListReadResult result = TermListReader.Read(stream, TermListFormat.Tsv);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Built-in term file '{name}' is invalid: {result.Errors[0]}");
            }

            foreach (Term term in result.Terms)
            {
                if (!ids.Add(term.Id))
                {
                    throw new InvalidOperationException($"Built-in term id '{term.Id}' appears in two files.");
                }

                terms.Add(term);
            }
        }

        return terms.AsReadOnly();
    }
}
