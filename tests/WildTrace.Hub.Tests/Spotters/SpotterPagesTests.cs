using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Members;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Spotters;

public sealed class SpotterPagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Join_form_signs_the_new_spotter_in_and_goes_to_their_page()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage joined = await HubForms.PostAsync(browser, "/Spotter/Join",
            [new("Email", "form@example.org"), new("DisplayName", "Form spotter"), new("Password", SpotterClients.Password)]);
        MeResponse? me = await browser.GetFromJsonAsync<MeResponse>("/api/v1/me", Cancel);
        string page = await browser.GetStringAsync("/Spotter", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/Spotter", joined.Headers.Location?.OriginalString);
        Assert.Equal("Spotter", me!.Role);
        Assert.Contains("Signed in as Form spotter.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_form_explains_a_registered_address_and_keeps_the_password_out_of_the_page()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient first = hub.CreateClient(apiKey: null);
        (await SpotterClients.SignUpAsync(first, "taken@example.org", "Taken", SpotterClients.Password)).EnsureSuccessStatusCode();
        using HttpClient browser = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await HubForms.PostAsync(browser, "/Spotter/Join",
            [new("Email", "taken@example.org"), new("DisplayName", "Again"), new("Password", SpotterClients.Password)]);
        string html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already registered", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SpotterClients.Password, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rounds_page_is_for_analysts_not_spotters()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (HttpClient spotter, _) = await SpotterClients.JoinAsync(hub, "nope@example.org");
        using HttpClient spotterClient = spotter;

        using HttpResponseMessage rounds = await spotterClient.GetAsync("/Spotter/Rounds", Cancel);
        using HttpResponseMessage own = await spotterClient.GetAsync("/Spotter", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, rounds.StatusCode);
        Assert.StartsWith("/Account/Denied", rounds.Headers.Location?.AbsolutePath ?? rounds.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
