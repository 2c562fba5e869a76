using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Members;

/// <summary>
/// Authenticates <c>Authorization: Bearer wtk_…</c> (or <c>X-Api-Key: wtk_…</c>). Keys are looked up through
/// <see cref="ApiKeyCache"/>, so a busy member's scans do not each cost a database read.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyCache keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadPresentedKey(Request, out string? presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecret.TryParse(presented, out string keyId, out byte[] secretHash))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        HubActor? actor = await keys.FindAsync(keyId, secretHash, Context.RequestAborted);
        if (actor is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        ClaimsIdentity identity = new(actor.ToClaims(), SchemeName, HubClaims.Actor, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>True when the request carries something meant as an API key (so that the API key scheme handles it).</summary>
    public static bool TryReadPresentedKey(HttpRequest request, out string? presented)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? authorization = request.Headers.Authorization;
        if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = authorization["Bearer ".Length..].Trim();
            return true;
        }

        presented = request.Headers[HeaderName];
        return !string.IsNullOrEmpty(presented);
    }
}
