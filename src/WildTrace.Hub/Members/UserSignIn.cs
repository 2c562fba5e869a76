using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// Checks an e-mail address and password and issues the sign-in cookie. Unknown addresses, disabled users and wrong
/// passwords all fail the same way and cost the same Argon2id work, so neither the message nor the timing says which
/// addresses have accounts. Scoped.
/// </summary>
internal sealed class UserSignIn(WildTraceDb db, AuditLog audit, ILogger<UserSignIn> logger)
{
    /// <summary>Verified against when the address is unknown, so that a miss costs as much as a hit.</summary>
    private static readonly Lazy<string> s_decoy = new(() => PasswordHasher.Hash("decoy password, never matches"));

    /// <summary>The user when the credentials are right and the user is enabled; null otherwise (one answer for every failure).</summary>
    public async Task<User?> CheckAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        string normalised = (email ?? "").Trim().ToLowerInvariant();
        password ??= "";
        User? user = normalised.Length is > 0 and <= User.MaxEmailLength
            ? await db.Users.SingleOrDefaultAsync(u => u.Email == normalised, cancellationToken)
            : null;
        bool matches = PasswordHasher.Verify(password, user?.PasswordHash ?? s_decoy.Value);
        if (user is null || !matches || user.DisabledAt is not null)
        {
            MembersLog.SignInFailed(logger);
            return null;
        }

        if (PasswordHasher.NeedsRehash(user.PasswordHash))
        {
            // Parameters were raised since this hash was made; the password is at hand only now, so upgrade it now.
            await using AuditedWrite write = await audit.BeginAsync(db, ActorFor(user), cancellationToken);
            user.PasswordHash = PasswordHasher.Hash(password);
            write.Record("user.rehash", $"user:{user.Id}");
            await write.CommitAsync(cancellationToken);
        }

        MembersLog.SignedIn(logger, user.Id);
        return user;
    }

    public static HubActor ActorFor(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new HubActor($"user:{user.Id}", user.OrganisationId, user.Role);
    }

    /// <summary>Issues the cookie for <paramref name="user"/>; it carries only the actor, organisation and role claims.</summary>
    public static Task IssueCookieAsync(HttpContext http, User user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ClaimsIdentity identity = new(ActorFor(user).ToClaims(), CookieAuthenticationDefaults.AuthenticationScheme, HubClaims.Actor, ClaimTypes.Role);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }
}
