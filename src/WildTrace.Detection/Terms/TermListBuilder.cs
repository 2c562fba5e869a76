using System.Globalization;

namespace WildTrace.Detection.Terms;

/// <summary>Validates term-list rows one by one and collects the terms or the errors, whatever the file format.</summary>
internal sealed class TermListBuilder(TermListLimits limits)
{
    private const int MaxIdLength = 128;
    private const int MaxLabelLength = 128; // language, category, species, kind: short labels
    private const int MaxSourceLength = 2048; // a citation with a URL or two

    private readonly List<Term> _terms = [];
    private readonly List<TermListError> _errors = [];
    private readonly Dictionary<string, int> _lineById = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string Language), int> _lineByKey = new(TextAndLanguageComparer.Instance);
    private bool _hasTooManyTerms;

    /// <summary>True once reading should stop: too many errors, or too many terms.</summary>
    public bool IsFull => _errors.Count >= limits.MaxErrors || _hasTooManyTerms;

    public void AddError(int line, string message)
    {
        if (_errors.Count < limits.MaxErrors)
        {
            _errors.Add(new TermListError(line, message));
        }
    }

    public void Add(int line, TermFields fields)
    {
        string text = fields.Text?.Trim() ?? "";
        string language = Label(fields.Language, "und");
        string? problem = CheckText(text) ?? CheckLanguage(language) ?? CheckLabels(fields);
        if (problem is not null)
        {
            AddError(line, problem);
            return;
        }

        double weight = 0.5;
        string weightText = fields.Weight?.Trim() ?? "";
        if (weightText.Length > 0 &&
            (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !(weight is >= 0 and <= 1)))
        {
            AddError(line, $"weight '{weightText}' must be a number from 0 to 1");
            return;
        }

        if (!TryParseStatus(fields.Status, out TermStatus status))
        {
            AddError(line, $"status '{fields.Status?.Trim()}' must be approved, proposed or retired");
            return;
        }

        if (!TryParseDate(fields.Added, out DateOnly? added))
        {
            AddError(line, $"added '{fields.Added?.Trim()}' must be a date written YYYY-MM-DD");
            return;
        }

        string id = Label(fields.Id, string.Create(CultureInfo.InvariantCulture, $"{language}-{line}"));
        if (_lineById.TryGetValue(id, out int firstIdLine))
        {
            AddError(line, $"duplicate id '{id}' (first on line {firstIdLine})");
            return;
        }

        if (_lineByKey.TryGetValue((text, language), out int firstKeyLine))
        {
            AddError(line, $"duplicate term '{text}' for language '{language}' (first on line {firstKeyLine})");
            return;
        }

        if (_terms.Count == limits.MaxTermCount)
        {
            AddError(line, $"more than {limits.MaxTermCount} terms");
            _hasTooManyTerms = true;
            return;
        }

        _lineById.Add(id, line);
        _lineByKey.Add((text, language), line);
        _terms.Add(new Term
        {
            Id = id,
            Text = text,
            Language = language,
            Category = Label(fields.Category, ""),
            Species = Label(fields.Species, ""),
            Weight = weight,
            Kind = Label(fields.Kind, ""),
            Source = fields.Source?.Trim() ?? "",
            Product = Label(fields.Product, ""),
            Context = Label(fields.Context, ""),
            Status = status,
            Added = added,
        });
    }

    public TermListReadResult Build()
    {
        if (_errors.Count == 0 && _terms.Count == 0)
        {
            _errors.Add(new TermListError(0, "the term list holds no terms"));
        }

        return new TermListReadResult(_terms.AsReadOnly(), _errors.AsReadOnly());
    }

    private static string Label(string? value, string fallback)
    {
        string trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? fallback : trimmed;
    }

    internal static bool TryParseStatus(string? value, out TermStatus status)
    {
        switch (value?.Trim() ?? "")
        {
            case "" or "approved": status = TermStatus.Approved; return true;
            case "proposed": status = TermStatus.Proposed; return true;
            case "retired": status = TermStatus.Retired; return true;
            default: status = default; return false;
        }
    }

    internal static bool TryParseDate(string? value, out DateOnly? date)
    {
        date = null;
        string text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private string? CheckText(string text)
    {
        if (text.Length == 0)
        {
            return "text is empty";
        }

        if (text.Length > limits.MaxTermLength)
        {
            return $"text is longer than {limits.MaxTermLength} characters";
        }

        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                return "text contains a control character";
            }
        }

        return null;
    }

    // BCP 47 shape only (letters, digits, hyphen-separated subtags); the registry itself is not checked.
    private static string? CheckLanguage(string language)
    {
        string[] parts = language.Split('-');
        bool isValid = parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter) &&
            parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        return isValid ? null : $"language '{language}' is not a BCP 47 tag such as 'en' or 'zh-Hant'";
    }

    private static string? CheckLabels(TermFields fields)
    {
        if (fields.Id?.Trim().Length > MaxIdLength)
        {
            return $"id is longer than {MaxIdLength} characters";
        }

        if (fields.Id is { } id && id.AsSpan().Trim().ContainsAny(" \t"))
        {
            return "id contains whitespace";
        }

        if (fields.Category?.Length > MaxLabelLength || fields.Species?.Length > MaxLabelLength ||
            fields.Kind?.Length > MaxLabelLength || fields.Language?.Length > MaxLabelLength ||
            fields.Product?.Length > MaxLabelLength)
        {
            return $"language, category, species, kind and product must be at most {MaxLabelLength} characters";
        }

        if (fields.Context?.Length > MaxSourceLength)
        {
            return $"context is longer than {MaxSourceLength} characters";
        }

        return fields.Source?.Length > MaxSourceLength ? $"source is longer than {MaxSourceLength} characters" : null;
    }

    private sealed class TextAndLanguageComparer : IEqualityComparer<(string Text, string Language)>
    {
        public static TextAndLanguageComparer Instance { get; } = new();

        // Case-insensitive on the text: "Ivory" and "ivory" are the same term once normalised.
        public bool Equals((string Text, string Language) x, (string Text, string Language) y) =>
            string.Equals(x.Text, y.Text, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(x.Language, y.Language, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Text, string Language) obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Text), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Language));
    }
}
