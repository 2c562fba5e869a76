using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Spotters;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Spotters;

public sealed class SpotterSignUpTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Sign_up_creates_a_spotter_in_the_pool_who_can_sign_in(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);

        (HttpClient client, long userId) = await SpotterClients.JoinAsync(hub, "Ana@Example.org", "Ana");
        using (client)
        {
            WildTrace.Hub.Members.MeResponse? me = await client.GetFromJsonAsync<WildTrace.Hub.Members.MeResponse>("/api/v1/me", s_none);

            await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
            WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
            User user = await db.Users.Include(u => u.Organisation).SingleAsync(u => u.Id == userId, s_none);
            Assert.Equal($"user:{userId}", me!.Actor);
            Assert.Equal("Spotter", me.Role);
            Assert.Equal(HubRole.Spotter, user.Role);
            Assert.Equal("ana@example.org", user.Email);
            Assert.Equal(OrganisationKind.Spotters, user.Organisation!.Kind);
            Assert.Equal("Cyber Spotters", user.Organisation.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Sign_ups_racing_for_one_address_make_one_spotter_and_conflicts_not_errors(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => SpotterClients.SignUpAsync(anonymous, "race@example.org", "Racer", SpotterClients.Password)));

        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        HttpStatusCode[] statuses = [.. responses.Select(r => r.StatusCode).Order()];
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], statuses);
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "race@example.org", s_none));
    }

    [Fact]
    public async Task Sign_up_is_audited_without_the_address_or_password()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient anonymous = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await SpotterClients.SignUpAsync(anonymous, "bo@example.org", "Bo Spotter", SpotterClients.Password);

        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        var entries = await db.AuditEntries.Select(a => new { a.Action, a.Subject, a.Detail, a.Actor }).ToListAsync(s_none);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(entries, e => e.Action == "spotter.join");
        Assert.Contains(entries, e => e.Action == "user.create");
        Assert.DoesNotContain(entries, e => $"{e.Subject} {e.Detail} {e.Actor}".Contains("bo@", StringComparison.OrdinalIgnoreCase)
            || $"{e.Detail}".Contains("Bo Spotter", StringComparison.Ordinal) || $"{e.Detail}".Contains("horse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Second_sign_up_with_the_same_address_is_a_conflict()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        (await SpotterClients.SignUpAsync(anonymous, "cy@example.org", "Cy", SpotterClients.Password)).EnsureSuccessStatusCode();

        using HttpResponseMessage again = await SpotterClients.SignUpAsync(anonymous, "CY@example.org", "Cy again", SpotterClients.Password);

        JsonElement problem = await again.Content.ReadFromJsonAsync<JsonElement>(s_none);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("/problems/conflict", problem.GetProperty("type").GetString());
    }

    // Too short (Members' length rule), among the most common, too few distinct characters, contains the address.
    [Theory]
    [InlineData("short1")]
    [InlineData("Password123")]
    [InlineData("abababababab")]
    [InlineData("dee.spotter-2026")]
    public async Task Weak_password_is_refused_with_a_validation_problem(string password)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient anonymous = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await SpotterClients.SignUpAsync(anonymous, "dee.spotter@example.org", "Dee", password);

        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(s_none);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _), problem.ToString());
    }

    [Fact]
    public async Task Sign_ups_from_one_address_are_limited_per_hour_and_the_limit_resets()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Spotters:SignUpsPerAddressPerHour"] = "3" });
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        HttpStatusCode[] allowed = new HttpStatusCode[3];
        for (int i = 0; i < allowed.Length; i++)
        {
            // Failed attempts count too, so the limit also bounds probing which addresses are registered.
            using HttpResponseMessage attempt = await SpotterClients.SignUpAsync(anonymous, $"e{i}@example.org", "E", i == 0 ? "short" : SpotterClients.Password);
            allowed[i] = attempt.StatusCode;
        }

        using HttpResponseMessage limited = await SpotterClients.SignUpAsync(anonymous, "e9@example.org", "E", SpotterClients.Password);
        hub.Time.Advance(TimeSpan.FromHours(1));
        using HttpResponseMessage later = await SpotterClients.SignUpAsync(anonymous, "e9@example.org", "E", SpotterClients.Password);

        JsonElement problem = await limited.Content.ReadFromJsonAsync<JsonElement>(s_none);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.Created, HttpStatusCode.Created], allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("/problems/rate-limited", problem.GetProperty("type").GetString());
        Assert.Equal(TimeSpan.FromHours(1), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }
}
