using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Takedowns;

/// <summary>What a member did in one category on one day. Counts are whole actions, not listings seen.</summary>
internal sealed record TakedownCounts(
    [property: Range(0, TakedownService.MaxCount)] int ListingsBlocked,
    [property: Range(0, TakedownService.MaxCount)] int ListingsRemoved,
    [property: Range(0, TakedownService.MaxCount)] int AccountsActioned);
