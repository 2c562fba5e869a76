using WildTrace.Detection.Scanning;

namespace WildTrace.Hub.Scans;

internal static partial class ScanLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Scanned listing {ListingId}: {Verdict}")]
    public static partial void Scanned(ILogger logger, string listingId, ScanVerdict verdict);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Scanned a batch of {Count} listings: {Errors} errors")]
    public static partial void ScannedBatch(ILogger logger, int count, int errors);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Detector {Detector} failed on listing {ListingId}")]
    public static partial void DetectorFailed(ILogger logger, Exception exception, string detector, string listingId);
}
