namespace WildTrace.Detection.Scanning.Json;

/// <summary>What <see cref="ListingParser"/> does with a field it does not know.</summary>
internal enum UnknownFields
{
    /// <summary>Skip it: scan files carry the platform's own fields too (the CLI).</summary>
    Skip,

    /// <summary>Make the listing an error naming the field: an API caller's typo would otherwise lose data silently.</summary>
    Refuse,
}
