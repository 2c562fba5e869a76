namespace WildTrace.Hub.Reports;

internal static partial class ReportLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Report {ReportId} filed on case {CaseId} (duplicate: {IsDuplicate}, reporters: {ReporterCount}, score {Score:F2})")]
    public static partial void Filed(ILogger logger, long reportId, long caseId, bool isDuplicate, int reporterCount, double score);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Report refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);
}
