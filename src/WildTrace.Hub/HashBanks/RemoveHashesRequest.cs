using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.HashBanks;

/// <summary>PDQ hashes to remove from a bank; ones not in it are ignored. Each removal becomes a tombstone in the feed.</summary>
internal sealed record RemoveHashesRequest([property: Required, MaxLength(HashBankService.MaxHashesPerRequest)] IReadOnlyList<string> Hashes);
