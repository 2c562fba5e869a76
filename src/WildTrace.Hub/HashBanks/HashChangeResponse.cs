using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

/// <summary>A hash added or updated, or (<see cref="IsRemoved"/>) a tombstone telling a copy to drop it.</summary>
internal sealed record HashChangeResponse(long Revision, long BankId, string Pdq, string Label, int? Quality, bool IsRemoved)
{
    public static HashChangeResponse From(BankedHash hash) =>
        new(hash.Revision, hash.BankId, hash.Pdq, hash.Label, hash.Quality, hash.RemovedAt is not null);
}
