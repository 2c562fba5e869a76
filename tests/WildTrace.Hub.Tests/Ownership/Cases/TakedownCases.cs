using System.Globalization;
using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for takedown reports. Writes always land on the caller's own organisation (the body names none);
/// reads of another organisation's reports are coalition staff's alone. The test clock is 2026-11-01.
/// </summary>
public sealed class TakedownCases : IOwnershipCases
{
    private static readonly IReadOnlyDictionary<HubRole, Reach> s_reporters =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "PUT", Route = "/api/v1/takedowns/{day}/{category}", Reach = s_reporters,
            Request = _ => Put("/api/v1/takedowns/2026-10-30/pangolins", new { listingsBlocked = 1, listingsRemoved = 0, accountsActioned = 0 }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/takedowns", Reach = s_reporters,
            Request = _ => Post("/api/v1/takedowns", new
            {
                reports = new[] { new { day = "2026-10-29", category = "pangolins", listingsBlocked = 2, listingsRemoved = 1, accountsActioned = 0 } },
            }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/takedowns",
            Reach = OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst], own: [HubRole.MemberEngineer, HubRole.MemberReviewer]),
            Request = owner => Get(string.Create(CultureInfo.InvariantCulture, $"/api/v1/takedowns?organisationId={owner.OrganisationId}")),
        },
    ];
}
