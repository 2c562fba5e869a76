using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.HashBanks;

/// <summary>One bank as the matcher sees it: who may use it, and its immutable in-memory index.</summary>
internal sealed record IndexedBank(long Id, string Name, long OwnerOrganisationId, bool IsShared, HashBank Hashes)
{
    /// <summary>Shared banks serve every member; a private bank only its owner (the same rule as the API's listing).</summary>
    public bool IsVisibleTo(long organisationId) => IsShared || OwnerOrganisationId == organisationId;
}
