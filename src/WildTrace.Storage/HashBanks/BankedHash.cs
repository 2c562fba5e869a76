namespace WildTrace.Storage.HashBanks;

/// <summary>
/// One PDQ hash in a bank. Removal is a tombstone (<see cref="RemovedAt"/> set, new <see cref="Revision"/>), so that the
/// delta feed can tell members to drop it.
/// </summary>
public sealed class BankedHash
{
    public const int PdqHexLength = 64;
    public const int MaxLabelLength = 200;

    public long Id { get; set; }

    public long BankId { get; set; }

    public HashBankRecord? Bank { get; set; }

    /// <summary>The 256-bit PDQ hash as 64 lower-case hex digits.</summary>
    public required string Pdq { get; set; }

    public string Label { get; set; } = "";

    public int? Quality { get; set; }

    public long AddedByOrganisationId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    public long Revision { get; set; }
}
