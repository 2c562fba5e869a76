namespace WildTrace.Hub.Reviews;

/// <summary>
/// Filters of the review queue; empty fields do not filter. <see cref="IsDecidedAutomatically"/> switches from the open
/// cases to the cases triage decided by policy, newest decision first, so analysts can check (and overturn) them.
/// </summary>
internal sealed record ReviewQueueFilter(
    string? Platform, string? Language, string? Taxon, double? MinScore, int? MinAgeHours, bool IsDecidedAutomatically = false);
