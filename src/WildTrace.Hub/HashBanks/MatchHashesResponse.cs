namespace WildTrace.Hub.HashBanks;

/// <summary>Every banked hash near each looked-up hash, nearest first per hash.</summary>
internal sealed record MatchHashesResponse(IReadOnlyList<HashMatchResponse> Matches);
