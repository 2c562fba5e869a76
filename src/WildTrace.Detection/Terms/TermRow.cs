using System.Globalization;

namespace WildTrace.Detection.Terms;

/// <summary>Parses and checks one row of a term database file (columns in <see cref="TermVocabulary.TermColumns"/>).</summary>
internal static class TermRow
{
    private const int MaxTextLength = 256; // as TermListLimits: real terms are a few words

    /// <summary>
    /// Reports every problem of the row, not just the first, so that a curator fixes a row in one go; the term is
    /// null only when the row cannot be used at all (no id or no text, or a value that does not parse).
    /// </summary>
    public static void TryParse(string[] cells, string? fileLanguage, out Term? term, out List<string> problems)
    {
        problems = [];
        term = null;
        string id = cells[0].Trim(), text = cells[1].Trim(), lang = cells[2].Trim(), kind = cells[3].Trim();
        string taxon = cells[4].Trim(), product = cells[5].Trim(), weightText = cells[6].Trim(), context = cells[7].Trim();
        string statusText = cells[8].Trim(), addedText = cells[9].Trim(), source = cells[10].Trim();

        if (id.Length == 0 || !IsSlug(id))
        {
            problems.Add($"id '{id}' must be <lang>-<ascii-slug> (lower-case letters, digits and hyphens)");
        }
        else if (lang.Length > 0 && !id.StartsWith(lang + "-", StringComparison.Ordinal))
        {
            problems.Add($"id '{id}' must start with its language '{lang}-'");
        }

        if (text.Length == 0 || text.Length > MaxTextLength || text.Any(char.IsControl))
        {
            problems.Add($"text must be 1 to {MaxTextLength} characters without control characters");
        }

        if (fileLanguage is not null && !string.Equals(lang, fileLanguage, StringComparison.Ordinal))
        {
            problems.Add($"lang '{lang}' does not match the file's language '{fileLanguage}'");
        }

        if (!TermVocabulary.Kinds.Contains(kind))
        {
            problems.Add($"unknown kind '{kind}'");
        }

        if (product.Length > 0 && !TermVocabulary.Products.Contains(product))
        {
            problems.Add($"unknown product '{product}'");
        }

        bool hasWeight = double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight);
        if (!hasWeight || !(weight is >= 0 and <= 1))
        {
            problems.Add($"weight '{weightText}' must be a number from 0 to 1");
        }

        CheckContext(context, kind, weight, problems);
        if (!TermListBuilder.TryParseStatus(statusText, out TermStatus status) || statusText.Length == 0)
        {
            problems.Add($"status '{statusText}' must be approved, proposed or retired");
        }

        if (!TermListBuilder.TryParseDate(addedText, out DateOnly? added) || added is null)
        {
            problems.Add($"added '{addedText}' must be a date written YYYY-MM-DD");
        }

        if (source.Length == 0)
        {
            problems.Add("source is missing: cite a report, paper or listing, or write 'curator: <what and why>'");
        }

        if (id.Length == 0 || text.Length == 0 || !hasWeight)
        {
            return;
        }

        term = new Term
        {
            Id = id, Text = text, Language = lang, Kind = kind, Species = taxon, Product = product, Weight = weight,
            Context = context, Status = status, Added = added, Source = source,
        };
    }

    private static void CheckContext(string context, string kind, double weight, List<string> problems)
    {
        bool isNegative = kind == TermVocabulary.NegativeContextKind;
        if (isNegative && weight > 0)
        {
            problems.Add("a negative-context term must have weight 0");
        }

        foreach (string rule in context.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (rule.StartsWith("needs:", StringComparison.Ordinal))
            {
                if (!TermVocabulary.NeedsRules.Contains(rule["needs:".Length..]))
                {
                    problems.Add($"unknown context rule '{rule}' (needs:sale, needs:product or needs:taxon)");
                }
            }
            else if (rule.StartsWith("negates:", StringComparison.Ordinal))
            {
                // A term that lowers the risk of a taxon (a campaign hashtag, "tiger balm") cannot also raise it.
                if (weight > 0 && !isNegative)
                {
                    problems.Add($"a term with context rule '{rule}' must have weight 0");
                }
            }
            else
            {
                problems.Add($"unknown context rule '{rule}'");
            }
        }
    }

    private static bool IsSlug(string id) =>
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || char.IsAsciiLetterUpper(c)) &&
        id.Contains('-', StringComparison.Ordinal) && !id.StartsWith('-') && !id.EndsWith('-');
}
