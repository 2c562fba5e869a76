using System.ComponentModel.DataAnnotations;
using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.HashBanks;

/// <summary>PDQ hashes to look up in the shared banks and the caller's own; <c>maxDistance</c> defaults to PDQ's
/// threshold of 31 bits and may only be lower (a wider net mostly catches unrelated pictures).</summary>
internal sealed record MatchHashesRequest(
    [property: Required, MaxLength(HashBankService.MaxHashesPerRequest)] IReadOnlyList<string> Hashes,
    [property: Range(0, PdqHash.MatchThresholdBits)] int? MaxDistance = null);
