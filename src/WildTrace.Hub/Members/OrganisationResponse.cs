using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>An organisation as the API shows it.</summary>
internal sealed record OrganisationResponse(long Id, string Name, OrganisationKind Kind, DateTimeOffset CreatedAt)
{
    public static OrganisationResponse From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new(organisation.Id, organisation.Name, organisation.Kind, organisation.CreatedAt);
    }
}
