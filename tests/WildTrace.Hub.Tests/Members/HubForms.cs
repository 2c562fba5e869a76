using System.Text.RegularExpressions;

namespace WildTrace.Hub.Tests.Members;

/// <summary>Posts Razor Pages forms the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
internal static partial class HubForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        string html = await client.GetStringAsync(formPage ?? page);
        Match token = Token().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage ?? page} has no antiforgery token.");
        }

        using FormUrlEncodedContent content = new([.. fields, new("__RequestVerificationToken", token.Groups[1].Value)]);
        return await client.PostAsync(page, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null) =>
        PostAsync(client, "/Account/SignIn" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            [new("Email", email), new("Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
