using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>A registered spotter as the sign-up answers it (no e-mail address: it is personal data the caller already has).</summary>
internal sealed record SpotterResponse(long Id, string DisplayName, long OrganisationId)
{
    public static SpotterResponse From(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new SpotterResponse(user.Id, user.DisplayName, user.OrganisationId);
    }
}
