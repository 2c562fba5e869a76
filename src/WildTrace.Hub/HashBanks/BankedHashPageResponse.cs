namespace WildTrace.Hub.HashBanks;

/// <summary>One page of a bank's live hashes; pass <see cref="NextAfter"/> as <c>after</c> for the next (null: last page).</summary>
internal sealed record BankedHashPageResponse(IReadOnlyList<BankedHashResponse> Hashes, long? NextAfter);
