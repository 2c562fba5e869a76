using System.ComponentModel.DataAnnotations;
using WildTrace.Hub.Members;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>A volunteer registering as a spotter; the password is hashed at once and never stored, logged or audited.</summary>
internal sealed record SpotterSignUpRequest(
    [property: Required, StringLength(User.MaxEmailLength)] string Email,
    [property: Required, StringLength(User.MaxDisplayNameLength)] string DisplayName,
    [property: Required, StringLength(PasswordHasher.MaxLength)] string Password);
