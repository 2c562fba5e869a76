using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.HashBanks;

/// <summary>A banked hash near a looked-up one, and the bank it came from.</summary>
internal readonly record struct BankMatch(long BankId, string BankName, HashBankMatch Match);
