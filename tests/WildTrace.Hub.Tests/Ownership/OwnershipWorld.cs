using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership;

/// <summary>
/// The hub the matrix runs on (class fixture, SQLite: ownership does not depend on the provider), with one caller key per
/// role in an organisation whose kind fits that role, and <see cref="Other"/>: a platform none of the callers belong to.
/// </summary>
public sealed class OwnershipWorld : IAsyncLifetime
{
    private readonly Dictionary<HubRole, (long OrganisationId, OrganisationKind Kind, HttpClient Client)> _callers = [];

    public HubHost Hub { get; private set; } = null!; // set in InitializeAsync, before any test runs

    /// <summary>The coalition admin client that arranges resources.</summary>
    public HttpClient Admin { get; private set; } = null!; // set in InitializeAsync

    public (long OrganisationId, OrganisationKind Kind) Other { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Hub = await HubHost.StartAsync();
        Admin = Hub.CreateClient(Hub.AdminKey);
        long coalition = await Admin.CoalitionIdAsync();
        long platform = (await Admin.CreateOrganisationAsync("Own platform", OrganisationKind.Platform)).Id;
        long police = (await Admin.CreateOrganisationAsync("Police", OrganisationKind.LawEnforcement)).Id;
        long spotters = (await Admin.CreateOrganisationAsync("Spotters", OrganisationKind.Spotters)).Id;
        Other = ((await Admin.CreateOrganisationAsync("Other platform", OrganisationKind.Platform)).Id, OrganisationKind.Platform);
        (HubRole Role, long Organisation, OrganisationKind Kind)[] callers =
        [
            (HubRole.CoalitionAdmin, coalition, OrganisationKind.Coalition),
            (HubRole.Analyst, coalition, OrganisationKind.Coalition),
            (HubRole.MemberEngineer, platform, OrganisationKind.Platform),
            (HubRole.MemberReviewer, platform, OrganisationKind.Platform),
            (HubRole.LawEnforcement, police, OrganisationKind.LawEnforcement),
            (HubRole.Spotter, spotters, OrganisationKind.Spotters),
        ];
        foreach ((HubRole role, long organisation, OrganisationKind kind) in callers)
        {
            string key = (await Admin.CreateApiKeyAsync(organisation, role, $"matrix {role}")).Key;
            _callers[role] = (organisation, kind, Hub.CreateClient(key));
        }
    }

    /// <summary>The caller for <paramref name="role"/> and the organisation it belongs to.</summary>
    public (long OrganisationId, OrganisationKind Kind, HttpClient Client) Caller(HubRole role) => _callers[role];

    /// <summary>A role that fits <paramref name="kind"/>, preferring ones platform engineers may grant (for key cases).</summary>
    public static HubRole RoleFitting(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Coalition => HubRole.Analyst,
        OrganisationKind.Platform => HubRole.MemberReviewer,
        OrganisationKind.ConservationPartner => HubRole.Analyst,
        OrganisationKind.LawEnforcement => HubRole.LawEnforcement,
        _ => HubRole.Spotter,
    };

    public async ValueTask DisposeAsync()
    {
        foreach ((_, _, HttpClient client) in _callers.Values)
        {
            client.Dispose();
        }

        Admin?.Dispose();
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }
    }
}
