using WildTrace.Hub.Reports;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// One of the spotter's own reports. <see cref="State"/> is the follow-up page's word (<see cref="ReportStatusResponse"/>:
/// received, confirmed, notActionable, removed, notViolating, alreadyGone), so both pages say the same thing.
/// </summary>
internal sealed record SpotterReportResponse(long Id, DateTimeOffset ReportedAt, string Url, string Platform, string State, DateTimeOffset UpdatedAt)
{
    public static SpotterReportResponse From(SpotterReport report, ReportCase @case)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportStatusResponse status = ReportStatusResponse.From(report, @case);
        return new SpotterReportResponse(report.Id, report.ReportedAt, report.Url, report.Platform, status.State, status.UpdatedAt);
    }
}
