using System.Globalization;
using System.Security.Claims;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Hosting;

/// <summary>Who is calling: the audit name, the organisation and the role, read from the authenticated principal.</summary>
internal sealed record HubActor(string Name, long OrganisationId, HubRole Role)
{
    /// <summary>The hub itself (start-up seeding, workers).</summary>
    public static HubActor System { get; } = new("system", 0, HubRole.CoalitionAdmin);

    public bool IsCoalitionStaff => Role is HubRole.CoalitionAdmin or HubRole.Analyst;

    /// <summary>Reads the actor from a principal the hub authenticated; false for anonymous callers.</summary>
    public static bool TryFrom(ClaimsPrincipal principal, out HubActor actor)
    {
        ArgumentNullException.ThrowIfNull(principal);
        actor = System;
        string? name = principal.FindFirstValue(HubClaims.Actor);
        string? organisation = principal.FindFirstValue(HubClaims.OrganisationId);
        string? role = principal.FindFirstValue(ClaimTypes.Role);
        if (name is null || organisation is null || role is null
            || !long.TryParse(organisation, NumberStyles.None, CultureInfo.InvariantCulture, out long organisationId)
            || !Enum.TryParse(role, ignoreCase: false, out HubRole hubRole))
        {
            return false;
        }

        actor = new HubActor(name, organisationId, hubRole);
        return true;
    }

    /// <summary>The claims that <see cref="TryFrom"/> reads back.</summary>
    public IEnumerable<Claim> ToClaims() =>
    [
        new(HubClaims.Actor, Name),
        new(ClaimTypes.NameIdentifier, Name),
        new(HubClaims.OrganisationId, OrganisationId.ToString(CultureInfo.InvariantCulture)),
        new(ClaimTypes.Role, Role.ToString()),
    ];
}
