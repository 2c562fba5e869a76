using System.Text.RegularExpressions;

namespace WildTrace.Hub.Tests.Members;

/// <summary>Posts Razor Pages forms the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
internal static partial class HubForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        string html = await client.GetStringAsync(formPage ?? page);
        using FormUrlEncodedContent content = new([.. fields, new("__RequestVerificationToken", Token(html))]);
        return await client.PostAsync(page, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null) =>
        PostAsync(client, "/Account/SignIn" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            [new("Email", email), new("Password", password)]);

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string Token(string html)
    {
        Match token = TokenField().Match(html);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
