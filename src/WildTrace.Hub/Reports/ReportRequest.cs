using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reports;

/// <summary>
/// A spotter's report. As JSON, or as multipart/form-data with the same field names plus files named
/// <c>screenshots</c> (PNG, JPEG or WebP).
/// </summary>
/// <param name="Url">The listing's address as copied from the browser or app.</param>
/// <param name="Platform">The platform's name as the reporter knows it (informative; the URL's host decides routing).</param>
/// <param name="Taxon">A taxon from the species picker (the bundled pack's species table); empty for "other".</param>
/// <param name="Description">What the reporter saw, in their words.</param>
/// <param name="ListingText">The listing's own text, if the reporter could copy it; triage scans it.</param>
/// <param name="Language">BCP 47 language of the listing, if known.</param>
/// <param name="Contact">How to reach the reporter, optional.</param>
internal sealed record ReportRequest(
    [property: Required, MaxLength(ReportCase.MaxUrlLength)] string Url,
    [property: MaxLength(ReportCase.MaxShortFieldLength)] string? Platform = null,
    [property: MaxLength(ReportCase.MaxTaxonLength)] string? Taxon = null,
    [property: MaxLength(SpotterReport.MaxDescriptionLength)] string? Description = null,
    [property: MaxLength(SpotterReport.MaxListingTextLength)] string? ListingText = null,
    [property: MaxLength(ReportCase.MaxShortFieldLength)] string? Language = null,
    [property: MaxLength(SpotterReport.MaxContactLength)] string? Contact = null);
