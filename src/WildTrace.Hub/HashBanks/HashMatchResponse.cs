namespace WildTrace.Hub.HashBanks;

/// <summary>A banked hash within the distance of <see cref="Hash"/> (the one looked up).</summary>
internal sealed record HashMatchResponse(string Hash, long BankId, string BankName, string MatchedHash, string Label, int Distance)
{
    public static HashMatchResponse From(string hash, BankMatch match) =>
        new(hash, match.BankId, match.BankName, match.Match.Hash.ToString(), match.Match.Labels.Product, match.Match.Distance);
}
