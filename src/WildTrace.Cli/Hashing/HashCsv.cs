using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>
/// Hash lists as CSV, the way ThreatExchange and HMA exchange them: the PDQ hash first, labels after. Reading also
/// accepts rows prefixed with the signal type (<c>pdq,HASH,...</c>, as pytx writes) and bare one-column hash lists.
/// </summary>
internal static class HashCsv
{
    public const string Header = "pdq_hash,species,product,source,confidence";

    public static void Write(TextWriter writer, IEnumerable<HashBankEntry> entries)
    {
        writer.WriteLine(Header);
        foreach (HashBankEntry entry in entries)
        {
            HashLabels l = entry.Labels;
            writer.WriteLine(string.Join(
                ',',
                entry.Hash.ToString(),
                Escape(l.Species),
                Escape(l.Product),
                Escape(l.Source),
                l.Confidence.ToString("R", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Reads every row, or stops at the first bad one with <c>line N: reason</c>.</summary>
    public static bool TryRead(TextReader reader, [NotNullWhen(true)] out List<HashBankEntry>? entries, [NotNullWhen(false)] out string? error)
    {
        entries = [];
        Dictionary<HashLabels, HashLabels> interned = [];
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            List<string> cells = Split(line);
            if (cells.Count > 0 && cells[0].Equals("pdq", StringComparison.OrdinalIgnoreCase))
            {
                cells.RemoveAt(0);
            }

            if (!PdqHash.TryParse(cells.Count > 0 ? cells[0].Trim() : string.Empty, out PdqHash hash))
            {
                if (lineNumber == 1)
                {
                    continue; // a header row
                }

                error = string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: not a PDQ hash (64 hex digits)");
                entries = null;
                return false;
            }

            double confidence = 1.0;
            if (cells.Count > 4 && !(double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out confidence) && confidence is >= 0 and <= 1))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: confidence must be a number from 0 to 1");
                entries = null;
                return false;
            }

            HashLabels labels = new(Cell(cells, 1), Cell(cells, 2), Cell(cells, 3), confidence);
            entries.Add(new HashBankEntry(hash, interned.TryAdd(labels, labels) ? labels : interned[labels]));
        }

        error = null;
        return true;
    }

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : string.Empty;

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // RFC 4180 fields on one line: commas separate, double quotes enclose, "" is a quote inside quotes.
    private static List<string> Split(string line)
    {
        List<string> cells = [];
        StringBuilder cell = new();
        bool isQuoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (isQuoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    isQuoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                isQuoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
