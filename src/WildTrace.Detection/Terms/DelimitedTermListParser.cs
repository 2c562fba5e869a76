using System.Diagnostics.CodeAnalysis;

namespace WildTrace.Detection.Terms;

/// <summary>Reads the line-based formats: plain text, CSV and TSV (see data/terms/README.md).</summary>
internal static class DelimitedTermListParser
{
    public static void Parse(string content, TermListFormat format, TermListBuilder builder)
    {
        char separator = format == TermListFormat.Csv ? ',' : '\t';
        string[]? columns = format == TermListFormat.PlainText ? [] : null;
        List<string> cells = [];
        int lineNumber = 0;
        foreach (ReadOnlySpan<char> rawLine in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (builder.IsFull)
            {
                return;
            }

            ReadOnlySpan<char> line = rawLine.TrimEnd();
            if (line.IsWhiteSpace() || IsComment(line))
            {
                continue;
            }

            if (format == TermListFormat.PlainText)
            {
                builder.Add(lineNumber, new TermFields { Text = line.ToString() });
                continue;
            }

            if (!TrySplit(line, separator, format == TermListFormat.Csv, cells, out string? problem))
            {
                builder.AddError(lineNumber, problem);
                continue;
            }

            if (columns is null)
            {
                columns = ReadHeader(cells, lineNumber, builder);
                if (columns is null)
                {
                    return;
                }

                continue;
            }

            if (cells.Count != columns.Length)
            {
                builder.AddError(lineNumber, $"expected {columns.Length} fields as in the header, found {cells.Count}");
                continue;
            }

            TermFields fields = new();
            for (int i = 0; i < columns.Length; i++)
            {
                fields.TrySet(columns[i], cells[i]);
            }

            builder.Add(lineNumber, fields);
        }

        if (columns is null)
        {
            builder.AddError(0, "the file has no header row");
        }
    }

    // "#" then a space (or nothing) starts a comment, so that a hashtag term such as "#ivory" stays a term.
    private static bool IsComment(ReadOnlySpan<char> line) =>
        line[0] == '#' && (line.Length == 1 || char.IsWhiteSpace(line[1]));

    private static string[]? ReadHeader(List<string> cells, int lineNumber, TermListBuilder builder)
    {
        string[] columns = new string[cells.Count];
        HashSet<string> seen = new(StringComparer.Ordinal);
        for (int i = 0; i < cells.Count; i++)
        {
            columns[i] = cells[i].Trim().ToLowerInvariant();
            if (!seen.Add(columns[i]))
            {
                builder.AddError(lineNumber, $"column '{columns[i]}' appears twice in the header");
                return null;
            }
        }

        if (!seen.Contains("text"))
        {
            builder.AddError(lineNumber, "the header row has no 'text' column");
            return null;
        }

        return columns;
    }

    private static bool TrySplit(ReadOnlySpan<char> line, char separator, bool isQuoted, List<string> cells, [NotNullWhen(false)] out string? problem)
    {
        cells.Clear();
        problem = null;
        int i = 0;
        while (true)
        {
            if (isQuoted && i < line.Length && line[i] == '"')
            {
                System.Text.StringBuilder cell = new();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = "unterminated quoted field (line breaks inside quotes are not supported)";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(line[i++]);
                }

                cells.Add(cell.ToString());
                if (i < line.Length && line[i] != separator)
                {
                    problem = "unexpected character after a closing quote";
                    return false;
                }
            }
            else
            {
                int end = line[i..].IndexOf(separator);
                end = end < 0 ? line.Length : i + end;
                cells.Add(line[i..end].ToString());
                i = end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // past the separator; a trailing separator leaves one more, empty, field
            if (i == line.Length)
            {
                cells.Add("");
                return true;
            }
        }
    }
}
