using System.Net;
using System.Net.Http.Json;
using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for registered spotters and rounds. Rounds belong to the coalition's programme, not to an
/// organisation, so reading them is open to every signed-in caller (member rows are filtered by role: SpotterRoundsApiTests).
/// The matrix's callers are API keys, and a spotter's record and round membership belong to a person signed in as a
/// user, so keys of every role are refused there (403); SpotterRecordApiTests and SpotterRoundsApiTests cover signed-in
/// spotters, including that one spotter never sees another's rows.
/// </summary>
public sealed class SpotterCases : IOwnershipCases
{
    private static readonly IReadOnlyDictionary<HubRole, Reach> s_curators = OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.Analyst]);

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_nobodyWithAKey = OwnershipCase.Roles([]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            // Registration is for callers without an account (anonymous: SpotterSignUpTests); any key is refused.
            Method = "POST", Route = "/api/v1/spotters", Reach = s_nobodyWithAKey,
            Request = _ => Post("/api/v1/spotters", new { email = Unique("m") + "@example.org", displayName = "Matrix", password = "correct horse battery staple" }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/spotters/me", Reach = s_nobodyWithAKey,
            Request = _ => Get("/api/v1/spotters/me"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/spotters/me/reports", Reach = s_nobodyWithAKey,
            Request = _ => Get("/api/v1/spotters/me/reports"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/spotter-rounds", Reach = s_curators, Success = HttpStatusCode.Created,
            Request = _ => Post("/api/v1/spotter-rounds", new { name = Unique("round "), startsAt = DateTimeOffset.UnixEpoch.AddYears(57) }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/spotter-rounds", Reach = OwnershipCase.Everyone,
            Request = _ => Get("/api/v1/spotter-rounds"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/spotter-rounds/{id:long}", Reach = OwnershipCase.Everyone, Arrange = (world, _, _) => RoundAsync(world),
            Request = owner => Get($"/api/v1/spotter-rounds/{owner.Resource}"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/spotter-rounds/{id:long}/join", Reach = s_nobodyWithAKey, Arrange = (world, _, _) => RoundAsync(world),
            Request = owner => Post($"/api/v1/spotter-rounds/{owner.Resource}/join", new { }),
        },
    ];

    private static async Task<string?> RoundAsync(OwnershipWorld world)
    {
        using HttpResponseMessage response = await world.Admin.PostAsJsonAsync("/api/v1/spotter-rounds",
            new { name = Unique("round "), startsAt = world.Hub.Time.GetUtcNow() });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetRawText();
    }
}
