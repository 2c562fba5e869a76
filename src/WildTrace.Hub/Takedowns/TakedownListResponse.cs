namespace WildTrace.Hub.Takedowns;

/// <summary>The reports from <see cref="From"/> to <see cref="To"/> (inclusive) that the caller may see, with totals per
/// category, per day and per organisation: the numbers the coalition's metrics add up.</summary>
internal sealed record TakedownListResponse(
    string From,
    string To,
    IReadOnlyList<TakedownResponse> Reports,
    IReadOnlyList<TakedownTotal> ByCategory,
    IReadOnlyList<TakedownTotal> ByDay,
    IReadOnlyList<TakedownTotal> ByOrganisation);
