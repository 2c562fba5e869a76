using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Takedowns;

/// <summary>One day × category in a batch report; <c>day</c> is an ISO date (<c>2026-11-28</c>).</summary>
internal sealed record TakedownBatchItem(
    [property: Required] string Day,
    [property: Required] string Category,
    [property: Range(0, TakedownService.MaxCount)] int ListingsBlocked,
    [property: Range(0, TakedownService.MaxCount)] int ListingsRemoved,
    [property: Range(0, TakedownService.MaxCount)] int AccountsActioned);
