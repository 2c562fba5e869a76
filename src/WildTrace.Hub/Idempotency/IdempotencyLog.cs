namespace WildTrace.Hub.Idempotency;

/// <summary>Idempotency shares the Scans range (2900s): it is part of the API surface that feature set up.</summary>
internal static partial class IdempotencyLog
{
    [LoggerMessage(EventId = 2901, Level = LogLevel.Debug, Message = "Deleted {Count} expired idempotency records")]
    public static partial void CleanedUp(ILogger logger, int count);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Error, Message = "Deleting expired idempotency records failed")]
    public static partial void CleanupFailed(ILogger logger, Exception exception);
}
