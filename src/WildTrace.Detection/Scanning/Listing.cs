namespace WildTrace.Detection.Scanning;

/// <summary>An online offer or post to scan: what a platform knows about it when it is published.</summary>
/// <remarks>Immutable. Only <see cref="Title"/> and <see cref="Text"/> are searched for terms today; the other fields
/// are carried for detectors (<see cref="IDetector"/>) and reports.</remarks>
public sealed record Listing
{
    /// <summary>The platform's identifier for the listing; echoed in <see cref="ScanResult.ListingId"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The title or headline; empty when none.</summary>
    public string Title { get; init; } = "";

    /// <summary>The description or post body; empty when none.</summary>
    public string Text { get; init; } = "";

    /// <summary>The asking price in <see cref="Currency"/>; null when not stated.</summary>
    public decimal? Price { get; init; }

    /// <summary>ISO 4217 currency code of <see cref="Price"/> (e.g. <c>USD</c>); null when not stated.</summary>
    public string? Currency { get; init; }

    /// <summary>The platform or site the listing comes from; null when not stated.</summary>
    public string? Platform { get; init; }

    /// <summary>The listing's address; null when not stated.</summary>
    public string? Url { get; init; }

    /// <summary>The seller's account name or identifier; null when not stated.</summary>
    public string? Seller { get; init; }

    /// <summary>The listing's images in the platform's order (addresses, precomputed hashes or both); empty when none.</summary>
    public IReadOnlyList<ListingImage> Images { get; init; } = [];
}
