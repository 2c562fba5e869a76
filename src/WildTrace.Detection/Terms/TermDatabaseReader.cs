using System.Globalization;
using System.Text;

namespace WildTrace.Detection.Terms;

/// <summary>
/// Reads and validates the term database: data/species/species.tsv and data/terms/&lt;lang&gt;.tsv (format in
/// data/terms/README.md). Streams only; the caller opens the files and names them for the error messages.
/// </summary>
/// <remarks>
/// Checks that span files (taxa named by terms, duplicates across language files) run in <see cref="Build"/>, so files
/// may be read in any order. Not thread-safe: one reader per database.
/// </remarks>
internal sealed class TermDatabaseReader
{
    private readonly List<Species> _species = [];
    private readonly Dictionary<string, Location> _speciesLocation = new(StringComparer.Ordinal);
    private readonly List<(Term Term, Location At)> _rows = [];
    private readonly Dictionary<string, Location> _idLocation = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string Language), Location> _textLocation = [];
    private readonly List<TermDatabaseError> _errors = [];

    public void ReadSpecies(string file, Stream stream)
    {
        foreach ((int line, string[] cells) in ReadRows(file, stream, TermVocabulary.SpeciesColumns))
        {
            SpeciesRow.TryParse(cells, out Species? species, out List<string> problems);
            foreach (string problem in problems)
            {
                _errors.Add(new TermDatabaseError(file, line, problem));
            }

            if (species is null)
            {
                continue;
            }

            if (_speciesLocation.TryGetValue(species.Taxon, out Location first))
            {
                _errors.Add(new TermDatabaseError(file, line, $"duplicate taxon '{species.Taxon}' (first at {first})"));
                continue;
            }

            _speciesLocation.Add(species.Taxon, new Location(file, line));
            _species.Add(species);
        }
    }

    /// <summary>Reads one language file; <paramref name="language"/> (from the file name) is what every row must say.</summary>
    public void ReadTerms(string file, Stream stream, string? language = null)
    {
        foreach ((int line, string[] cells) in ReadRows(file, stream, TermVocabulary.TermColumns))
        {
            Location at = new(file, line);
            TermRow.TryParse(cells, language, out Term? term, out List<string> problems);
            foreach (string problem in problems)
            {
                _errors.Add(new TermDatabaseError(file, line, problem));
            }

            if (term is null)
            {
                continue;
            }

            if (!_idLocation.TryAdd(term.Id, at))
            {
                _errors.Add(new TermDatabaseError(file, line, $"duplicate id '{term.Id}' (first at {_idLocation[term.Id]})"));
                continue;
            }

            // Case-folded with the invariant culture, as the normaliser folds case before matching.
            (string, string) key = (term.Text.ToLowerInvariant(), term.Language);
            if (!_textLocation.TryAdd(key, at))
            {
                _errors.Add(new TermDatabaseError(
                    file, line, $"duplicate term '{term.Text}' in '{term.Language}' (first at {_textLocation[key]})"));
                continue;
            }

            _rows.Add((term, at));
        }
    }

    public TermDatabase Build()
    {
        SpeciesTable table = new(_species);
        List<Term> terms = new(_rows.Count);
        foreach ((Term term, Location at) in _rows)
        {
            Species? species = null;
            if (term.Species.Length > 0 && !table.TryGet(term.Species, out species))
            {
                _errors.Add(new TermDatabaseError(at.File, at.Line, $"unknown taxon '{term.Species}' (not in the species table)"));
            }

            foreach (string rule in term.Context.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (rule.StartsWith("negates:", StringComparison.Ordinal) && !table.TryGet(rule["negates:".Length..], out _))
                {
                    _errors.Add(new TermDatabaseError(at.File, at.Line, $"context rule '{rule}' names an unknown taxon"));
                }
            }

            terms.Add(term with { Category = species?.Group ?? (term.Species.Length > 0 ? "" : term.Kind) });
        }

        List<TermDatabaseError> errors = [.. _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];
        return new TermDatabase(table, terms.AsReadOnly(), errors.AsReadOnly());
    }

    private IEnumerable<(int Line, string[] Cells)> ReadRows(string file, Stream stream, string[] columns)
    {
        using StreamReader reader = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), leaveOpen: true);
        string content;
        try
        {
            content = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            _errors.Add(new TermDatabaseError(file, 1, "the file is not valid UTF-8"));
            yield break;
        }

        bool hasHeader = false;
        int lineNumber = 0;
        foreach (string line in content.Split('\n'))
        {
            lineNumber++;
            string text = line.TrimEnd('\r');
            if (text.Length == 0 || (text[0] == '#' && (text.Length == 1 || text[1] == ' ')))
            {
                continue;
            }

            string[] cells = text.Split('\t');
            if (!hasHeader)
            {
                if (!cells.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    _errors.Add(new TermDatabaseError(file, lineNumber, $"the header must be: {string.Join(' ', columns)} (tab-separated)"));
                    yield break;
                }

                hasHeader = true;
                continue;
            }

            if (cells.Length != columns.Length)
            {
                _errors.Add(new TermDatabaseError(file, lineNumber, string.Create(
                    CultureInfo.InvariantCulture, $"expected {columns.Length} tab-separated fields, found {cells.Length}")));
                continue;
            }

            yield return (lineNumber, cells);
        }

        if (!hasHeader)
        {
            _errors.Add(new TermDatabaseError(file, 1, "the file has no header row"));
        }
    }

    private readonly record struct Location(string File, int Line)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");
    }
}
