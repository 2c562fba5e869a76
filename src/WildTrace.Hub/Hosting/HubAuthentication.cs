using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using WildTrace.Hub.Members;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// One scheme for the whole hub that picks the real one per request: an API key when the request carries one, else
/// the sign-in cookie. API routes answer 401/403 problem details instead of redirecting to the sign-in page.
/// </summary>
internal static class HubAuthentication
{
    public const string Scheme = "Hub";

    public static void ConfigureSelector(PolicySchemeOptions options) =>
        options.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.TryReadPresentedKey(context.Request, out _)
            ? ApiKeyAuthenticationHandler.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/Account/SignIn";
        options.LogoutPath = "/Account/SignOut";
        options.AccessDeniedPath = "/Account/Denied";
        options.Cookie.Name = "wildtrace";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.Events.OnRedirectToLogin = context => StatusInsteadOfRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => StatusInsteadOfRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task StatusInsteadOfRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
