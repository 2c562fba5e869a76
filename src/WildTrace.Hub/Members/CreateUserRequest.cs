using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>A new person who signs in to the web UI; the password is hashed at once and never stored or logged.</summary>
internal sealed record CreateUserRequest(
    long OrganisationId,
    [property: Required, EmailAddress, StringLength(User.MaxEmailLength)] string Email,
    [property: Required, StringLength(User.MaxDisplayNameLength, MinimumLength = 1)] string DisplayName,
    HubRole Role,
    [property: Required, StringLength(PasswordHasher.MaxLength, MinimumLength = PasswordHasher.MinLength)] string Password);
