namespace WildTrace.Hub.Terms;

/// <summary>One page of terms in id order; pass <see cref="Next"/> as <c>after</c> for the next page (null: last page).</summary>
internal sealed record TermPageResponse(IReadOnlyList<TermResponse> Items, string? Next);
