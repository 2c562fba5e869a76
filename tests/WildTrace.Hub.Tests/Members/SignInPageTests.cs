using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Members;

public sealed class SignInPageTests
{
    private const string GenericError = "The e-mail address or password is not right";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Right_password_signs_in_with_a_cookie_and_returns_to_the_local_url()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        UserResponse user = await admin.CreateUserAsync(platform.Id, "eng@example.org", HubRole.MemberEngineer);
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await HubForms.SignInAsync(browser, "ENG@example.org ", MemberRequests.Password, "/Members/Organisation/" + platform.Id);
        MeResponse? me = await browser.GetFromJsonAsync<MeResponse>("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Members/Organisation/" + platform.Id, response.Headers.Location?.OriginalString);
        Assert.Equal(new MeResponse($"user:{user.Id}", platform.Id, "MemberEngineer"), me);
    }

    [Theory]
    // Wrong password, unknown address, over-long password: one answer for all (no user enumeration)
    [InlineData("eng@example.org", "wrong password!")]
    [InlineData("nobody@example.org", MemberRequests.Password)]
    [InlineData("eng@example.org", "")]
    public async Task Failed_sign_in_gives_one_generic_answer_and_no_cookie(string email, string password)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        await admin.CreateUserAsync(platform.Id, "eng@example.org", HubRole.MemberEngineer);
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await HubForms.SignInAsync(browser, email, password);
        string html = await response.Content.ReadAsStringAsync(Cancel);
        using HttpResponseMessage me = await browser.GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(password.Length > 0, html.Contains(GenericError, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task An_absolute_return_url_is_not_followed()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        await admin.CreateUserAsync(platform.Id, "eng@example.org", HubRole.MemberEngineer);
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await HubForms.SignInAsync(browser, "eng@example.org", MemberRequests.Password, "https://evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Anonymous_sign_in_attempts_are_rate_limited_per_address()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Limits:AnonymousRequestsPerMinute"] = "4" });
        using HttpClient browser = hub.CreateClient(apiKey: null);
        string token = HubForms.Token(await browser.GetStringAsync("/Account/SignIn", Cancel)); // request 1 of the minute
        List<HttpStatusCode> statuses = [];

        for (int i = 0; i < 4; i++)
        {
            using FormUrlEncodedContent form = new(
                [new("Email", "nobody@example.org"), new("Password", "wrong password 123"), new("__RequestVerificationToken", token)]);
            using HttpResponseMessage attempt = await browser.PostAsync("/Account/SignIn", form, Cancel);
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_post_without_the_antiforgery_token_is_refused()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient browser = hub.CreateClient(apiKey: null);
        using FormUrlEncodedContent form = new([new("Email", "a@example.org"), new("Password", MemberRequests.Password)]);

        using HttpResponseMessage response = await browser.PostAsync("/Account/SignIn", form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_cookie_session()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        await admin.CreateUserAsync(platform.Id, "eng@example.org", HubRole.MemberEngineer);
        using HttpClient browser = hub.CreateClient(apiKey: null);
        (await HubForms.SignInAsync(browser, "eng@example.org", MemberRequests.Password)).Dispose();

        using HttpResponseMessage signOut = await HubForms.PostAsync(browser, "/Account/SignOut", []);
        using HttpResponseMessage me = await browser.GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Setup_creates_the_first_admin_user_once()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient browser = hub.CreateClient(apiKey: null);
        KeyValuePair<string, string>[] fields =
        [
            new("AdminKey", hub.AdminKey), new("Email", "admin@example.org"), new("DisplayName", "First Admin"), new("Password", MemberRequests.Password),
        ];

        using HttpResponseMessage first = await HubForms.PostAsync(browser, "/Account/Setup", fields);
        MeResponse? me = await browser.GetFromJsonAsync<MeResponse>("/api/v1/me", Cancel);
        using HttpClient other = hub.CreateClient(apiKey: null);
        using HttpResponseMessage second = await HubForms.PostAsync(other, "/Account/Setup",
            [.. fields.Where(f => f.Key != "Email"), new("Email", "second@example.org")], formPage: "/Account/SignIn");
        string secondHtml = await second.Content.ReadAsStringAsync(Cancel);
        using HttpResponseMessage secondMe = await other.GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("CoalitionAdmin", me!.Role);
        Assert.StartsWith("user:", me.Actor, StringComparison.Ordinal);
        Assert.Contains("The hub is set up", secondHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, secondMe.StatusCode);
    }

    [Fact]
    public async Task Setup_refuses_a_key_that_is_not_a_coalition_admin_key()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        string engineerKey = (await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberEngineer)).Key;
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await HubForms.PostAsync(browser, "/Account/Setup",
            [new("AdminKey", engineerKey), new("Email", "admin@example.org"), new("DisplayName", "X"), new("Password", MemberRequests.Password)]);
        string html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a valid coalition admin API key", html, StringComparison.Ordinal);
    }
}
