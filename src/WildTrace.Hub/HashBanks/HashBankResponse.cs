using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

internal sealed record HashBankResponse(
    long Id, string Name, string Description, long OwnerOrganisationId, bool IsShared, DateTimeOffset CreatedAt, int HashCount)
{
    public static HashBankResponse From(HashBankRecord bank, int hashCount) =>
        new(bank.Id, bank.Name, bank.Description, bank.OwnerOrganisationId, bank.IsShared, bank.CreatedAt, hashCount);
}
