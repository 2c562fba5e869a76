using System.Globalization;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>Writes term database rows (data/terms/&lt;lang&gt;.tsv), for <c>wildtrace terms import</c>.</summary>
internal static class TermTsvWriter
{
    public static string Header => string.Join('\t', TermVocabulary.TermColumns);

    public static string Row(Term term) => string.Join('\t', ((string[])
    [
        term.Id, term.Text, term.Language, term.Kind, term.Species, term.Product,
        term.Weight.ToString("R", CultureInfo.InvariantCulture), term.Context, StatusName(term.Status),
        term.Added?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", term.Source,
    ]).Select(Clean));

    public static string StatusName(TermStatus status) => status switch
    {
        TermStatus.Approved => "approved",
        TermStatus.Proposed => "proposed",
        TermStatus.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Appends rows to the language file, creating it with its header when it does not exist.</summary>
    public static void Append(string path, IEnumerable<Term> terms)
    {
        bool isNew = !File.Exists(path);
        string prefix = isNew ? Header + "\n" : EndsWithNewline(path) ? "" : "\n";
        File.AppendAllText(path, prefix + string.Concat(terms.Select(t => Row(t) + "\n")));
    }

    private static bool EndsWithNewline(string path)
    {
        using FileStream stream = File.OpenRead(path);
        if (stream.Length == 0)
        {
            return true;
        }

        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    // The format has no quoting: a tab or line break inside a field would shift the columns.
    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
