using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Spotters;
using WildTrace.Hub.Tests.Members;
using WildTrace.Hub.Tests.Reports;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Spotters;

/// <summary>Registered spotters for tests: signed up through the public API, then signed in with the cookie as a browser is.</summary>
internal static class SpotterClients
{
    public const string Password = MemberRequests.Password;

    /// <summary>Signs <paramref name="email"/> up and returns a client holding that spotter's sign-in cookie, and the user id.</summary>
    public static async Task<(HttpClient Client, long UserId)> JoinAsync(HubHost hub, string email, string displayName = "Test spotter")
    {
        ArgumentNullException.ThrowIfNull(hub);
        HttpClient client = hub.CreateClient(apiKey: null);
        using HttpResponseMessage created = await SignUpAsync(client, email, displayName, Password);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        SpotterResponse spotter = (await created.Content.ReadFromJsonAsync<SpotterResponse>(MemberRequests.Json))!;
        using HttpResponseMessage signedIn = await HubForms.SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (client, spotter.Id);
    }

    /// <summary>
    /// Signs <paramref name="client"/> in again: the cookie lasts 8 hours on the hub's (fake) clock, so tests that move
    /// the clock by days sign in afterwards, as a returning spotter would.
    /// </summary>
    public static async Task SignInAgainAsync(HttpClient client, string email)
    {
        using HttpResponseMessage signedIn = await HubForms.SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    public static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string displayName, string password) =>
        client.PostAsJsonAsync("/api/v1/spotters", new { email, displayName, password }, MemberRequests.Json);

    /// <summary>Files a report as <paramref name="client"/> (signed in: it carries the reporter) for a listing URL of its own.</summary>
    public static Task<ReportReceiptResponse> ReportAsync(HttpClient client, string url) =>
        ReportApiTests.SubmitAsync(client, new { url });

    public static async Task<T> GetAsync<T>(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using HttpResponseMessage response = await client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, MemberRequests.Json)!;
    }
}
