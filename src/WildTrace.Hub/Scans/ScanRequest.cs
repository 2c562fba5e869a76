using System.ComponentModel;

namespace WildTrace.Hub.Scans;

/// <summary>
/// One listing to scan: the same object as a line of <c>wildtrace scan</c> input. Documents the body for OpenAPI; the
/// endpoint reads it with the CLI's own parser (<c>ListingParser</c>), so both accept exactly the same input.
/// </summary>
internal sealed record ScanRequest(
    [property: Description("The platform's id for the listing; echoed in the verdict.")] string Id,
    [property: Description("The listing's title.")] string? Title,
    [property: Description("The listing's description.")] string? Text,
    [property: Description("The asking price, a number.")] decimal? Price,
    [property: Description("ISO 4217 currency code of the price.")] string? Currency,
    [property: Description("The marketplace or site.")] string? Platform,
    [property: Description("The listing's address.")] string? Url,
    [property: Description("The seller's handle on the platform.")] string? Seller,
    [property: Description("Images as {\"pdq\": \"64 hex digits\"} objects; the hub never fetches paths or URLs.")] IReadOnlyList<ScanImageRequest>? Images);
