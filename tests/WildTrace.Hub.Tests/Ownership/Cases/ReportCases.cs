using System.Globalization;
using System.Net;
using System.Text.Json;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for public reports, the coalition's review desk and metrics (coalition staff, every case), the
/// member queue (a case belongs to the organisation it was routed to, coalition admins included) and platform routes.
/// </summary>
public sealed class ReportCases : IOwnershipCases
{
    private static readonly IReadOnlyDictionary<HubRole, Reach> s_curators = OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst]);

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_reporters =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_routedTo =
        OwnershipCase.Roles([], own: [HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "POST", Route = "/api/v1/reports", Reach = OwnershipCase.Everyone, Success = HttpStatusCode.Created,
            Request = _ => Report(),
        },
        new()
        {
            // The follow-up token is the only key: whoever holds it may read the status, whoever submitted.
            Method = "GET", Route = "/api/v1/reports/status/{token}", Reach = OwnershipCase.Everyone,
            Arrange = async (world, _, _) => (await SubmitAsync(world)).GetProperty("followUpUrl").GetString()!.Split('/')[^1],
            Request = owner => Get($"/api/v1/reports/status/{owner.Resource}"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/reviews", Reach = s_curators,
            Request = _ => Get("/api/v1/reviews"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/reviews/{id:long}", Reach = s_curators, Arrange = (world, _, _) => CaseAsync(world),
            Request = owner => Get($"/api/v1/reviews/{owner.Resource}"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/reviews/{id:long}/decisions", Reach = s_curators, Arrange = (world, _, _) => CaseAsync(world),
            Request = owner => Post($"/api/v1/reviews/{owner.Resource}/decisions", new { verdict = "reject", policyClause = "matrix" }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/reviews/labelled", Reach = s_curators,
            Request = _ => Get("/api/v1/reviews/labelled"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/metrics/reports", Reach = s_curators,
            Request = _ => Get("/api/v1/metrics/reports"),
        },
        new()
        {
            // A list of the caller's own routed cases: nothing to 404; MemberQueueApi filters by the caller's organisation.
            Method = "GET", Route = "/api/v1/member-queue", Reach = s_reporters,
            Request = _ => Get("/api/v1/member-queue"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/member-queue/{id:long}/outcome", Reach = s_routedTo, Arrange = (world, organisation, _) => RoutedCaseAsync(world, organisation),
            Request = owner => Post($"/api/v1/member-queue/{owner.Resource}/outcome", new { outcome = "removed" }),
        },
        new()
        {
            // Routes name a platform organisation in the body; the route itself has no owner.
            Method = "PUT", Route = "/api/v1/platform-routes/{platform}", Reach = OwnershipCase.AdminsOnly,
            Arrange = (world, _, _) => Task.FromResult<string?>(world.Other.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            Request = owner => Put($"/api/v1/platform-routes/{Unique("p")}.example", new { organisationId = long.Parse(owner.Resource!, CultureInfo.InvariantCulture) }),
        },
    ];

    private static HttpRequestMessage Report() => Post("/api/v1/reports", new { url = $"https://market.example/item/{Unique("i")}" });

    private static Task<JsonElement> SubmitAsync(OwnershipWorld world) => CaseRequests.SendAsync(world.Admin, Report(), HttpStatusCode.Created);

    private static async Task<string?> CaseAsync(OwnershipWorld world) =>
        (await SubmitAsync(world)).GetProperty("caseId").GetInt64().ToString(CultureInfo.InvariantCulture);

    /// <summary>Inserted directly: a confirmed case routed to the owner, as the review desk leaves it.</summary>
    private static Task<string?> RoutedCaseAsync(OwnershipWorld world, long organisation) =>
        WithDbAsync<string?>(world, async db =>
        {
            DateTimeOffset now = world.Hub.Time.GetUtcNow();
            ReportCase routed = new()
            {
                CanonicalUrl = $"https://market.example/item/{Unique("r")}", Platform = "market.example", Status = CaseStatus.Confirmed,
                ReporterCount = 1, FirstReportedAt = now, LastReportedAt = now, DecidedAt = now,
                RoutedOrganisationId = organisation, RoutedAt = now,
            };
            db.ReportCases.Add(routed);
            await db.SaveChangesAsync();
            return routed.Id.ToString(CultureInfo.InvariantCulture);
        });
}
