using Microsoft.AspNetCore.Authorization;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// The authorization policies, by what the caller may do. Roles are in docs/design/hub.md; ownership (an organisation
/// reads and changes only its own data) is checked in each handler, because it depends on the row.
/// </summary>
internal static class HubPolicies
{
    /// <summary>Coalition admins: members, users, keys, audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Curators: approve and retire terms, manage shared banks (coalition admins and analysts).</summary>
    public const string Curator = "curator";

    /// <summary>Anyone who may scan and read feeds: coalition staff and member platforms' engineers and reviewers.</summary>
    public const string Member = "member";

    /// <summary>Member platforms reporting the actions they took.</summary>
    public const string Takedowns = "takedowns";

    /// <summary>Who may manage API keys: coalition admins (all), member engineers (their own organisation's).</summary>
    public const string KeyManager = "key-manager";

    /// <summary>Any signed-in caller, spotters included.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>
    /// A registered spotter signed in as themselves: a user (not an API key) with the spotter role, because rounds and
    /// tallies belong to a person (reports filed with a key carry no reporter).
    /// </summary>
    public const string Spotter = "spotter";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Admin, p => p.RequireRole(Roles(HubRole.CoalitionAdmin)));
        options.AddPolicy(Curator, p => p.RequireRole(Roles(HubRole.CoalitionAdmin, HubRole.Analyst)));
        options.AddPolicy(Member, p => p.RequireRole(Roles(
            HubRole.CoalitionAdmin, HubRole.Analyst, HubRole.MemberEngineer, HubRole.MemberReviewer)));
        options.AddPolicy(Takedowns, p => p.RequireRole(Roles(
            HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer)));
        options.AddPolicy(KeyManager, p => p.RequireRole(Roles(HubRole.CoalitionAdmin, HubRole.MemberEngineer)));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Spotter, p => p.RequireRole(Roles(HubRole.Spotter))
            .RequireAssertion(c => c.User.FindFirst(HubClaims.Actor)?.Value.StartsWith("user:", StringComparison.Ordinal) == true));
    }

    private static string[] Roles(params HubRole[] roles) => [.. roles.Select(r => r.ToString())];
}
