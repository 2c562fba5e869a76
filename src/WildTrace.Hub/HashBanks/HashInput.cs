using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.HashBanks;

/// <summary>One hash to bank: 64 hex digits of PDQ, an optional label (what the picture shows) and PDQ quality.</summary>
internal sealed record HashInput(
    [property: Required] string Pdq,
    [property: MaxLength(Storage.HashBanks.BankedHash.MaxLabelLength)] string? Label = null,
    [property: Range(0, 100)] int? Quality = null);
