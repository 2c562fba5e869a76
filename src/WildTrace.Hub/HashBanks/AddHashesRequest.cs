using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.HashBanks;

/// <summary>Hashes to add to a bank (at most <see cref="HashBankService.MaxHashesPerRequest"/>). A hash already in the
/// bank gets the new label and quality; one removed earlier comes back.</summary>
internal sealed record AddHashesRequest([property: Required, MaxLength(HashBankService.MaxHashesPerRequest)] IReadOnlyList<HashInput> Hashes);
