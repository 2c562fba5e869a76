using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Scanning;

/// <summary>Loads the user's <c>--terms</c> file, choosing the format from its extension.</summary>
internal static class TermListFile
{
    /// <summary><c>.csv</c>, <c>.tsv</c> and <c>.json</c> by name; anything else is plain text, one term per line.</summary>
    public static TermListFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => TermListFormat.Csv,
        ".tsv" => TermListFormat.Tsv,
        ".json" => TermListFormat.Json,
        _ => TermListFormat.PlainText,
    };

    /// <summary>Reads the file; on failure, <paramref name="errors"/> holds one-line messages naming the file.</summary>
    public static bool TryLoad(string path, out IReadOnlyList<Term> terms, out IReadOnlyList<string> errors)
    {
        terms = [];
        TermListReadResult result;
        try
        {
            using FileStream stream = File.OpenRead(path);
            result = TermListReader.Read(stream, FormatOf(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors = [$"cannot read terms file '{path}': {e.Message}"];
            return false;
        }

        if (!result.IsSuccess)
        {
            List<string> messages = [];
            foreach (TermListError error in result.Errors)
            {
                messages.Add($"terms file '{path}': {error}");
            }

            errors = messages;
            return false;
        }

        terms = result.Terms;
        errors = [];
        return true;
    }
}
