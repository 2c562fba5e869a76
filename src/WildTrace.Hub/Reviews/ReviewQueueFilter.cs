namespace WildTrace.Hub.Reviews;

/// <summary>Filters of the review queue; empty fields do not filter.</summary>
internal sealed record ReviewQueueFilter(string? Platform, string? Language, string? Taxon, double? MinScore, int? MinAgeHours);
