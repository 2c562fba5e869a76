using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>Ownership cases for /me, organisations, users and API keys.</summary>
public sealed class MembersCases : IOwnershipCases
{
    private static readonly IReadOnlyDictionary<HubRole, Reach> s_keyManagers =
        OwnershipCase.Roles(all: [HubRole.CoalitionAdmin], own: [HubRole.MemberEngineer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "GET", Route = "/api/v1/me", Reach = OwnershipCase.Everyone,
            Request = _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/me"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/organisations", Reach = OwnershipCase.AdminsOnly, Success = HttpStatusCode.Created,
            Request = _ => Post("/api/v1/organisations", new { name = Unique("Org"), kind = "platform" }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/organisations", Reach = OwnershipCase.AdminsOnly,
            Request = _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations"),
        },
        new()
        {
            // Everyone reads their own organisation; only admins read others'.
            Method = "GET", Route = "/api/v1/organisations/{id:long}",
            Reach = OwnershipCase.Roles(all: [HubRole.CoalitionAdmin],
                own: [HubRole.Analyst, HubRole.MemberEngineer, HubRole.MemberReviewer, HubRole.LawEnforcement, HubRole.Spotter]),
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/organisations/{owner.OrganisationId}"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/users", Reach = OwnershipCase.AdminsOnly, Success = HttpStatusCode.Created,
            Request = owner => Post("/api/v1/users", new
            {
                organisationId = owner.OrganisationId,
                email = Unique("u") + "@example.org",
                displayName = "Matrix user",
                role = OwnershipWorld.RoleFitting(owner.Kind),
                password = MemberRequests.Password,
            }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/users", Reach = OwnershipCase.AdminsOnly,
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/users?organisationId={owner.OrganisationId}"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/users/{id:long}", Reach = OwnershipCase.AdminsOnly,
            Arrange = async (world, organisation, kind) => (await world.Admin.CreateUserAsync(
                organisation, Unique("u") + "@example.org", OwnershipWorld.RoleFitting(kind))).Id.ToString(CultureInfo.InvariantCulture),
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/users/{owner.Resource}"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/apikeys", Reach = s_keyManagers, Success = HttpStatusCode.Created,
            Request = owner => Post("/api/v1/apikeys", new { organisationId = owner.OrganisationId, name = "matrix", role = OwnershipWorld.RoleFitting(owner.Kind) }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/apikeys", Reach = s_keyManagers,
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/apikeys?organisationId={owner.OrganisationId}"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/apikeys/{keyId}", Reach = s_keyManagers,
            Arrange = ArrangeKeyAsync,
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/apikeys/{owner.Resource}"),
        },
        new()
        {
            Method = "DELETE", Route = "/api/v1/apikeys/{keyId}", Reach = s_keyManagers, Success = HttpStatusCode.NoContent,
            Arrange = ArrangeKeyAsync,
            Request = owner => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/apikeys/{owner.Resource}"),
        },
    ];

    private static async Task<string?> ArrangeKeyAsync(OwnershipWorld world, long organisation, OrganisationKind kind) =>
        (await world.Admin.CreateApiKeyAsync(organisation, OwnershipWorld.RoleFitting(kind), "arranged")).KeyId;

    private static HttpRequestMessage Post(string route, object body) =>
        new(HttpMethod.Post, route) { Content = JsonContent.Create(body, options: MemberRequests.Json) };

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
