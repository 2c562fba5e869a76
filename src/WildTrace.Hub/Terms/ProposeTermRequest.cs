namespace WildTrace.Hub.Terms;

/// <summary>
/// A new term for curators to review. <see cref="Source"/> is required: a citation (report, case, URL) that shows the
/// term is used in trade. The term id is derived from the language and text.
/// </summary>
internal sealed record ProposeTermRequest(
    string Text, string Language, string Kind, string Category, string Source,
    string? Species = null, string? Product = null, double? Weight = null, string? Context = null, string? Comment = null);
