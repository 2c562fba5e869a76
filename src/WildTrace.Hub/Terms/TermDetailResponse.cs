namespace WildTrace.Hub.Terms;

/// <summary>A term with its curation history, oldest step first.</summary>
internal sealed record TermDetailResponse(TermResponse Term, IReadOnlyList<TermHistoryResponse> History);
