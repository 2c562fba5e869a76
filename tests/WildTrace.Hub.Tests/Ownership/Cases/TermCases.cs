using System.Net;
using System.Text.Json;
using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for the term database. Proposals belong to the proposing organisation: members see their own and
/// approved/retired terms, coalition staff see all; curation is coalition staff's, on anyone's proposal.
/// </summary>
public sealed class TermCases : IOwnershipCases
{
    /// <summary>Stands in for a term where the owner cannot propose one; only refused roles (403) meet it.</summary>
    private const string NoTerm = "en-none";

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_curators = OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst]);

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_proposalReaders =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst], own: [HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            // A list cannot 404; what it hides is asserted in TermApiTests. Here: who may search at all.
            Method = "GET", Route = "/api/v1/terms", Reach = ScanCases.Members, Arrange = ProposeAsync,
            Request = owner => Get($"/api/v1/terms?q={owner.Resource}"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/terms/{termId}", Reach = s_proposalReaders, Arrange = ProposeAsync,
            Request = owner => Get($"/api/v1/terms/{owner.Resource}"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/terms", Reach = ScanCases.Members, Success = HttpStatusCode.Created,
            Request = _ => Proposal(),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/terms/{termId}/approve", Reach = s_curators, Arrange = ProposeAsync,
            Request = owner => Post($"/api/v1/terms/{owner.Resource}/approve", new { comment = "matrix" }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/terms/{termId}/reject", Reach = s_curators, Arrange = ProposeAsync,
            Request = owner => Post($"/api/v1/terms/{owner.Resource}/reject", new { comment = "matrix" }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/terms/{termId}/retire", Reach = s_curators, Arrange = ProposeAndApproveAsync,
            Request = owner => Post($"/api/v1/terms/{owner.Resource}/retire", new { comment = "matrix" }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/terms/pack", Reach = ScanCases.Members,
            Request = _ => Get("/api/v1/terms/pack"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/terms/changes", Reach = ScanCases.Members,
            Request = _ => Get("/api/v1/terms/changes"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/terms/keys", Reach = OwnershipCase.Everyone,
            Request = _ => Get("/api/v1/terms/keys"),
        },
    ];

    private static HttpRequestMessage Proposal() => Post("/api/v1/terms", new
    {
        text = Unique("matrix"), language = "en", kind = "codeword", category = "ivory", source = "ownership matrix",
    });

    /// <summary>A proposal made by the owner organisation itself, so the term is owned by it.</summary>
    private static async Task<string?> ProposeAsync(OwnershipWorld world, long organisation, OrganisationKind kind)
    {
        using HttpClient? member = await MemberClientAsync(world, organisation, kind);
        if (member is null)
        {
            return NoTerm;
        }

        JsonElement term = await SendAsync(member, Proposal(), HttpStatusCode.Created);
        return term.GetProperty("id").GetString();
    }

    private static async Task<string?> ProposeAndApproveAsync(OwnershipWorld world, long organisation, OrganisationKind kind)
    {
        string? termId = await ProposeAsync(world, organisation, kind);
        if (termId != NoTerm)
        {
            _ = await SendAsync(world.Admin, Post($"/api/v1/terms/{termId}/approve", new { comment = "arrange" }), HttpStatusCode.OK);
        }

        return termId;
    }
}
