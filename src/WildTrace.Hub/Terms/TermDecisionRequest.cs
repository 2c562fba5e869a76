namespace WildTrace.Hub.Terms;

/// <summary>A curator's approve, reject or retire, with an optional reason kept in the term's history.</summary>
internal sealed record TermDecisionRequest(string? Comment = null);
