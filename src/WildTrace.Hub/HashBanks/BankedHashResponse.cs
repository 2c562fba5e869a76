using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

internal sealed record BankedHashResponse(string Pdq, string Label, int? Quality, DateTimeOffset AddedAt, long Revision)
{
    public static BankedHashResponse From(BankedHash hash) => new(hash.Pdq, hash.Label, hash.Quality, hash.AddedAt, hash.Revision);
}
