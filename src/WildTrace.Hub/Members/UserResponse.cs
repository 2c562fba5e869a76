using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>A user as the admin API shows it (never the password hash).</summary>
internal sealed record UserResponse(
    long Id, long OrganisationId, string Email, string DisplayName, HubRole Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public static UserResponse From(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.OrganisationId, user.Email, user.DisplayName, user.Role, user.CreatedAt, user.DisabledAt);
    }
}
