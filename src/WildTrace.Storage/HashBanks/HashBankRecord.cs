namespace WildTrace.Storage.HashBanks;

/// <summary>A named collection of PDQ hashes owned by one organisation, optionally shared with every member.</summary>
public sealed class HashBankRecord
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    public long Id { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public long OwnerOrganisationId { get; set; }

    /// <summary>Shared banks are matched by every member's scans; private ones only by the owner's.</summary>
    public bool IsShared { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
