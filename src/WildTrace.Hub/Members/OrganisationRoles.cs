using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// Which roles an organisation's users and keys may hold, by the organisation's kind, and which roles a member
/// platform's engineer may hand out. A role outside its kind would let, say, a platform mint law-enforcement access.
/// </summary>
internal static class OrganisationRoles
{
    public static bool Fits(OrganisationKind kind, HubRole role) => kind switch
    {
        OrganisationKind.Coalition => role is HubRole.CoalitionAdmin or HubRole.Analyst,
        OrganisationKind.Platform => role is HubRole.MemberEngineer or HubRole.MemberReviewer,
        OrganisationKind.ConservationPartner => role is HubRole.Analyst,
        OrganisationKind.LawEnforcement => role is HubRole.LawEnforcement,
        OrganisationKind.Spotters => role is HubRole.Spotter,
        _ => false,
    };

    /// <summary>The roles a platform's own engineers may give their organisation's keys (never coalition roles).</summary>
    public static bool EngineerMayGrant(HubRole role) => role is HubRole.MemberEngineer or HubRole.MemberReviewer;
}
