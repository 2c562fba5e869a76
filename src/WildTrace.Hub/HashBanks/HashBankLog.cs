namespace WildTrace.Hub.HashBanks;

internal static partial class HashBankLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Hash bank {BankId} created by {Actor} (shared: {IsShared})")]
    public static partial void Created(ILogger logger, long bankId, string actor, bool isShared);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Hash bank {BankId}: {Added} hashes added or updated, {Removed} removed by {Actor}")]
    public static partial void HashesChanged(ILogger logger, long bankId, int added, int removed, string actor);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Hash bank index refreshed: {BankCount} banks at revision {Revision}")]
    public static partial void Refreshed(ILogger logger, int bankCount, long revision);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Hash bank index refresh failed; retrying at the next signal or poll")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
