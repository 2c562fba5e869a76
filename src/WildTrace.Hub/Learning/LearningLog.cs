namespace WildTrace.Hub.Learning;

/// <summary>Term mining (8500–8599). Never the listing text or a candidate's text: term ids and counts only.</summary>
internal static partial class LearningLog
{
    [LoggerMessage(EventId = 8501, Level = LogLevel.Information,
        Message = "Proposed term {TermId} from {ConfirmedCases} confirmed and {RejectedCases} rejected cases")]
    public static partial void Proposed(ILogger logger, string termId, int confirmedCases, int rejectedCases);

    [LoggerMessage(EventId = 8502, Level = LogLevel.Debug, Message = "Curation refused a candidate with status {Status}")]
    public static partial void Skipped(ILogger logger, int status);

    [LoggerMessage(EventId = 8503, Level = LogLevel.Information,
        Message = "Term mining filed {Filed} of {Candidates} candidates ({Skipped} refused)")]
    public static partial void RunCompleted(ILogger logger, int filed, int candidates, int skipped);

    [LoggerMessage(EventId = 8504, Level = LogLevel.Error, Message = "Term mining failed; the next round tries again")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8505, Level = LogLevel.Information, Message = "Term mining worker is off (Hub:Learning:IsMiningEnabled)")]
    public static partial void WorkerDisabled(ILogger logger);
}
