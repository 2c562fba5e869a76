using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Turns request-body failures into problem details that say what to fix: malformed JSON (where), a wrong type or an
/// unknown field (which), invalid UTF-8, an oversize body (413). Minimal APIs throw these because
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on; anything else falls through to the default 500 problem.
/// </summary>
internal sealed class HubExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (Find<BodyTooLargeException>(exception) is { } tooLarge)
        {
            await HubProblems.WriteAsync(httpContext, StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge,
                "Request body too large", $"This endpoint accepts bodies up to {tooLarge.LimitBytes} bytes.");
            return true;
        }

        if (Find<BadHttpRequestException>(exception) is not { } badRequest)
        {
            return false;
        }

        if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await HubProblems.WriteAsync(httpContext, StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge,
                "Request body too large", "The request body is larger than this endpoint accepts.");
        }
        else if (Find<JsonException>(exception) is { } json)
        {
            await HubProblems.WriteAsync(httpContext, StatusCodes.Status400BadRequest, HubProblems.MalformedJson,
                "The request body is not valid", Describe(json));
        }
        else
        {
            // The framework's own messages name the parameter or header that failed to bind, never the body's content.
            await HubProblems.WriteAsync(httpContext, badRequest.StatusCode, HubProblems.TypeFor(badRequest.StatusCode) ?? HubProblems.Validation,
                "Bad request", badRequest.Message);
        }

        return true;
    }

    /// <summary>Says where the JSON went wrong, without echoing the body (it may hold listing text).</summary>
    internal static string Describe(JsonException json)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"line {(json.LineNumber ?? 0) + 1}, byte {(json.BytePositionInLine ?? 0) + 1}");

        // System.Text.Json has no typed error kinds; these two messages are the ones with a fix the caller can act on.
        if (json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"Unknown field '{json.Path}' ({where}).";
        }

        if (json.InnerException is InvalidOperationException or FormatException || json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"Field '{json.Path}' has the wrong type ({where}).";
        }

        if (json.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            return $"The body is not valid UTF-8 ({where}).";
        }

        return json.Path is null or "$" ? $"Malformed JSON at {where}." : $"Malformed JSON at {where}, in '{json.Path}'.";
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
