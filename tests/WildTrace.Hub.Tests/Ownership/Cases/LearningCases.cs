using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for new-term candidates: coalition curators only. Candidates come from every organisation's decided
/// cases and filed terms belong to the coalition, so there is no owner to tell apart and no 404 to expect.
/// </summary>
public sealed class LearningCases : IOwnershipCases
{
    private static readonly IReadOnlyDictionary<HubRole, Reach> s_curators =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "GET", Route = "/api/v1/reviews/term-candidates", Reach = s_curators,
            Request = _ => Get("/api/v1/reviews/term-candidates"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/reviews/term-candidates/propose", Reach = s_curators,
            Request = _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/reviews/term-candidates/propose"),
        },
    ];
}
