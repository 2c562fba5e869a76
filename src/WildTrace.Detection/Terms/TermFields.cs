namespace WildTrace.Detection.Terms;

/// <summary>The raw column values of one term-list row, before validation; null where the row has no value.</summary>
internal sealed class TermFields
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Language { get; set; }

    public string? Category { get; set; }

    public string? Species { get; set; }

    public string? Weight { get; set; }

    public string? Kind { get; set; }

    public string? Source { get; set; }

    public string? Product { get; set; }

    public string? Context { get; set; }

    public string? Status { get; set; }

    public string? Added { get; set; }

    public static bool IsColumn(string name) =>
        name is "id" or "text" or "language" or "lang" or "category" or "species" or "taxon" or "weight" or "kind" or "source" or
            "product" or "context" or "status" or "added";

    /// <summary>Stores <paramref name="value"/> under a column name; false when the name is not a term column.</summary>
    /// <remarks><c>lang</c> and <c>taxon</c> are the term database's names (data/terms/*.tsv) for <c>language</c> and <c>species</c>.</remarks>
    public bool TrySet(string column, string? value)
    {
        switch (column)
        {
            case "id": Id = value; return true;
            case "text": Text = value; return true;
            case "language" or "lang": Language = value; return true;
            case "category": Category = value; return true;
            case "species" or "taxon": Species = value; return true;
            case "weight": Weight = value; return true;
            case "kind": Kind = value; return true;
            case "source": Source = value; return true;
            case "product": Product = value; return true;
            case "context": Context = value; return true;
            case "status": Status = value; return true;
            case "added": Added = value; return true;
            default: return false;
        }
    }
}
