using System.Globalization;
using WildTrace.Storage.Takedowns;

namespace WildTrace.Hub.Takedowns;

internal sealed record TakedownResponse(
    long OrganisationId, string Day, string Category, int ListingsBlocked, int ListingsRemoved, int AccountsActioned, DateTimeOffset ReportedAt)
{
    public static TakedownResponse From(TakedownReport report) => new(
        report.OrganisationId, report.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.Category,
        report.ListingsBlocked, report.ListingsRemoved, report.AccountsActioned, report.ReportedAt);
}
