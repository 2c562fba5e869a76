using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>Ownership cases for scanning: member roles only; scans store nothing, so there is no owner.</summary>
public sealed class ScanCases : IOwnershipCases
{
    internal static readonly IReadOnlyDictionary<HubRole, Reach> Members =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "POST", Route = "/api/v1/scan", Reach = Members,
            Request = _ => Post("/api/v1/scan", new { id = "m1", text = "carved ivory bangle" }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/scan/batch", Reach = Members,
            Request = _ => Post("/api/v1/scan/batch", new[] { new { id = "m1", text = "carved ivory bangle" } }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/echo", Reach = Members,
            Request = _ => Post("/api/v1/echo", new { id = "m1", text = "x" }),
        },
    ];
}
