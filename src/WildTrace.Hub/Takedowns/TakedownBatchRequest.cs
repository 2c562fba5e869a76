using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Takedowns;

/// <summary>Several days and categories at once (a nightly export). Each replaces what was reported for its key.</summary>
internal sealed record TakedownBatchRequest(
    [property: Required, MaxLength(TakedownService.MaxBatchItems)] IReadOnlyList<TakedownBatchItem> Reports);
