using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

/// <summary>A new bank. <c>isShared</c> banks serve every member's scans and matches; only coalition staff create them.</summary>
internal sealed record CreateHashBankRequest(
    [property: Required, MinLength(1), MaxLength(HashBankRecord.MaxNameLength)] string Name,
    [property: MaxLength(HashBankRecord.MaxDescriptionLength)] string? Description = null,
    bool IsShared = false);
