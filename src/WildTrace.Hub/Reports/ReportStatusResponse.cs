using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reports;

/// <summary>
/// What a reporter may see about their report: one public state (<c>received</c>, <c>confirmed</c>,
/// <c>notActionable</c>, <c>removed</c>, <c>notViolating</c>, <c>alreadyGone</c>) and when it last changed. Analysts'
/// names and notes, other reporters and law-enforcement escalation are never shown.
/// </summary>
internal sealed record ReportStatusResponse(string State, DateTimeOffset ReportedAt, DateTimeOffset UpdatedAt)
{
    public static ReportStatusResponse From(SpotterReport report, ReportCase @case)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(@case);
        string state = @case.Outcome switch
        {
            MemberOutcome.Removed => "removed",
            MemberOutcome.NotViolating => "notViolating",
            MemberOutcome.AlreadyGone => "alreadyGone",
            _ => @case.Status switch
            {
                CaseStatus.Confirmed or CaseStatus.Escalated => "confirmed",
                CaseStatus.Rejected => "notActionable",
                _ => "received",
            },
        };
        DateTimeOffset updated = @case.OutcomeAt ?? @case.DecidedAt ?? report.ReportedAt;
        return new ReportStatusResponse(state, report.ReportedAt, updated > report.ReportedAt ? updated : report.ReportedAt);
    }
}
