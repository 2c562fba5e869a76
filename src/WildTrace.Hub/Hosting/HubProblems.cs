using Microsoft.AspNetCore.Mvc;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// The hub's problem types (RFC 9457). Each <c>type</c> is a stable URI whose page, served by the hub under
/// <c>/problems/</c>, says what went wrong and what to do; clients branch on the type, never on the title text.
/// </summary>
internal static class HubProblems
{
    public const string BaseUri = "/problems/";

    public const string RateLimited = BaseUri + "rate-limited";
    public const string MalformedJson = BaseUri + "malformed-json";
    public const string BodyTooLarge = BaseUri + "body-too-large";
    public const string Validation = BaseUri + "validation";
    public const string Unauthenticated = BaseUri + "unauthenticated";
    public const string Forbidden = BaseUri + "forbidden";
    public const string NotFound = BaseUri + "not-found";
    public const string Conflict = BaseUri + "conflict";
    public const string IdempotencyKeyReused = BaseUri + "idempotency-key-reused";
    public const string Internal = BaseUri + "internal";
    public const string InvalidListingUrl = BaseUri + "invalid-listing-url";
    public const string UnsupportedImage = BaseUri + "unsupported-image";
    public const string WebhookUrlRefused = BaseUri + "webhook-url-refused";

    /// <summary>Writes a problem response through <see cref="IProblemDetailsService"/> (so traceId is added).</summary>
    public static async Task WriteAsync(HttpContext http, int status, string type, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = status;
        IProblemDetailsService problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    /// <summary>The default type for a status code when a handler did not choose one.</summary>
    public static string? TypeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Validation,
        StatusCodes.Status401Unauthorized => Unauthenticated,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status500InternalServerError => Internal,
        _ => null,
    };
}
