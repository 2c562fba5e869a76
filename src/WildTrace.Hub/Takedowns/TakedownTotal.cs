namespace WildTrace.Hub.Takedowns;

/// <summary>Sums over the reports in a <see cref="TakedownListResponse"/>, grouped by one key (a category, day or organisation).</summary>
internal sealed record TakedownTotal(string Key, long ListingsBlocked, long ListingsRemoved, long AccountsActioned);
