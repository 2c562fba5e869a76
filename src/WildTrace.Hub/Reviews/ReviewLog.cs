using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

internal static partial class ReviewLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information,
        Message = "Case {CaseId}: {Verdict} (automatic: {IsAutomatic}); routed to organisation {OrganisationId}")]
    public static partial void Decided(ILogger logger, long caseId, ReviewVerdict verdict, bool isAutomatic, long? organisationId);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Case {CaseId}: member organisation {OrganisationId} reports {Outcome}")]
    public static partial void OutcomeReported(ILogger logger, long caseId, long organisationId, MemberOutcome outcome);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Error, Message = "Case {CaseId}: the automatic decision failed; the case stays open for an analyst")]
    public static partial void AutomaticDecisionFailed(ILogger logger, long caseId, Exception exception);
}
