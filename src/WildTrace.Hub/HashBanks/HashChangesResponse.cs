namespace WildTrace.Hub.HashBanks;

/// <summary>One page of the delta feed. Ask again with <c>since=</c><see cref="Revision"/> while <see cref="HasMore"/>.</summary>
internal sealed record HashChangesResponse(IReadOnlyList<HashChangeResponse> Changes, long Revision, bool HasMore);
