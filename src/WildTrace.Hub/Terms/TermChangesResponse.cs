namespace WildTrace.Hub.Terms;

/// <summary>
/// Changes to the approved set after <c>since</c>, in revision order. Pass <see cref="Revision"/> as the next
/// <c>since</c>; <see cref="HasMore"/> says another page is waiting.
/// </summary>
internal sealed record TermChangesResponse(long Revision, bool HasMore, IReadOnlyList<TermChangeResponse> Changes);
