using System.Net;
using System.Net.Http.Json;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Members;

public sealed class MembersApiTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Admin_creates_an_organisation_and_a_user_and_reads_them_back(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        OrganisationResponse organisation = await admin.CreateOrganisationAsync("Marketplace One", OrganisationKind.Platform);
        UserResponse user = await admin.CreateUserAsync(organisation.Id, "Reviewer@Example.org", HubRole.MemberReviewer);
        OrganisationResponse? readOrganisation = await admin.GetFromJsonAsync<OrganisationResponse>($"/api/v1/organisations/{organisation.Id}", MemberRequests.Json, Cancel);
        UserResponse? readUser = await admin.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", MemberRequests.Json, Cancel);

        Assert.Equal(new OrganisationResponse(organisation.Id, "Marketplace One", OrganisationKind.Platform, hub.Time.GetUtcNow()), readOrganisation);
        Assert.Equal("reviewer@example.org", readUser!.Email);
        Assert.Equal(HubRole.MemberReviewer, readUser.Role);
        Assert.Equal(organisation.Id, readUser.OrganisationId);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Requests_racing_for_one_organisation_name_make_one_and_conflicts_not_errors(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Racing Market", kind = "platform" }, Cancel)));

        HttpStatusCode[] statuses = [.. responses.Select(r => r.StatusCode).Order()];
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], statuses);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Duplicate_organisation_name_and_user_email_are_409(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse organisation = await admin.CreateOrganisationAsync("Marketplace One", OrganisationKind.Platform);
        await admin.CreateUserAsync(organisation.Id, "a@example.org", HubRole.MemberEngineer);

        using HttpResponseMessage sameName = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Marketplace One", kind = "platform" }, Cancel);
        using HttpResponseMessage sameEmail = await admin.PostAsJsonAsync("/api/v1/users",
            new { organisationId = organisation.Id, email = "A@example.org", displayName = "A", role = "memberReviewer", password = MemberRequests.Password }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, sameName.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sameEmail.StatusCode);
    }

    [Theory]
    // Roles outside their organisation's kind
    [InlineData(OrganisationKind.Platform, HubRole.Spotter)]
    [InlineData(OrganisationKind.Platform, HubRole.LawEnforcement)]
    [InlineData(OrganisationKind.Platform, HubRole.CoalitionAdmin)]
    [InlineData(OrganisationKind.Spotters, HubRole.MemberEngineer)]
    [InlineData(OrganisationKind.LawEnforcement, HubRole.Analyst)]
    [InlineData(OrganisationKind.ConservationPartner, HubRole.CoalitionAdmin)]
    public async Task Refuses_a_role_that_does_not_fit_the_organisation_kind(OrganisationKind kind, HubRole role)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse organisation = await admin.CreateOrganisationAsync("Org", kind);

        using HttpResponseMessage user = await admin.PostAsJsonAsync("/api/v1/users",
            new { organisationId = organisation.Id, email = "x@example.org", displayName = "X", role, password = MemberRequests.Password }, MemberRequests.Json, Cancel);
        using HttpResponseMessage key = await admin.PostAsJsonAsync("/api/v1/apikeys",
            new { organisationId = organisation.Id, name = "k", role }, MemberRequests.Json, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, user.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, key.StatusCode);
        Assert.Contains("\"role\"", await key.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    // Password length limits
    [InlineData("short")]
    [InlineData("")]
    public async Task Refuses_passwords_outside_the_length_limits(string password)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse organisation = await admin.CreateOrganisationAsync("Org", OrganisationKind.Platform);

        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/users",
            new { organisationId = organisation.Id, email = "x@example.org", displayName = "X", role = "memberEngineer", password }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Coalition_kind_cannot_be_created_twice()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Second coalition", kind = "coalition" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_request_fields_are_refused()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Org", kind = "platform", isAdmin = true }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Lists_organisations_and_users_by_keyset_pages(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        for (int i = 0; i < 5; i++)
        {
            OrganisationResponse organisation = await admin.CreateOrganisationAsync($"Platform {i}", OrganisationKind.Platform);
            await admin.CreateUserAsync(organisation.Id, $"u{i}@example.org", HubRole.MemberEngineer);
        }

        KeysetPage<OrganisationResponse>? first = await admin.GetFromJsonAsync<KeysetPage<OrganisationResponse>>("/api/v1/organisations?limit=4", MemberRequests.Json, Cancel);
        KeysetPage<OrganisationResponse>? second = await admin.GetFromJsonAsync<KeysetPage<OrganisationResponse>>($"/api/v1/organisations?limit=4&after={first!.Next}", MemberRequests.Json, Cancel);
        KeysetPage<UserResponse>? users = await admin.GetFromJsonAsync<KeysetPage<UserResponse>>("/api/v1/users?limit=10", MemberRequests.Json, Cancel);

        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second!.Items.Count); // the coalition plus five platforms
        Assert.Null(second.Next);
        Assert.Empty(first.Items.Select(o => o.Id).Intersect(second.Items.Select(o => o.Id)));
        Assert.Equal(5, users!.Items.Count);
        Assert.Null(users.Next);
    }
}
