using WildTrace.Hub.Reports;

namespace WildTrace.Hub.Pages.Report;

/// <summary>The report form's fields, bound from the posted form (the same fields as the API's <see cref="ReportRequest"/>).</summary>
internal sealed class ReportForm
{
    public string Url { get; set; } = "";

    public string? Platform { get; set; }

    public string? Taxon { get; set; }

    public string? Description { get; set; }

    public string? ListingText { get; set; }

    public string? Language { get; set; }

    public string? Contact { get; set; }

    public ReportRequest ToRequest() => new(Url, Platform, Taxon, Description, ListingText, Language, Contact);
}
