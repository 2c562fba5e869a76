using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Audit;

public sealed class AuditApiTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Every_members_write_is_in_the_log_without_personal_data(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        OrganisationResponse organisation = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        UserResponse user = await admin.CreateUserAsync(organisation.Id, "person@example.org", HubRole.MemberReviewer);
        CreatedApiKeyResponse key = await admin.CreateApiKeyAsync(organisation.Id, HubRole.MemberEngineer);
        (await admin.DeleteAsync($"/api/v1/apikeys/{key.KeyId}", Cancel)).Dispose();

        string body = await admin.GetStringAsync("/api/v1/audit", Cancel);
        KeysetPage<AuditEntryResponse> page = JsonSerializer.Deserialize<KeysetPage<AuditEntryResponse>>(body, MemberRequests.Json)!;

        Assert.Equal(
            // The last three are the first start's: the coalition, its first key, and the bundled terms' seed.
            ["apikey.revoke", "apikey.create", "user.create", "organisation.create", "term.seed", "apikey.create", "organisation.create"],
            page.Items.Select(e => e.Action));
        Assert.Equal($"user:{user.Id}", page.Items[2].Subject);
        Assert.Equal("system", page.Items[^1].Actor);
        Assert.All(page.Items.Take(4), e => Assert.StartsWith("key:", e.Actor, StringComparison.Ordinal));
        Assert.DoesNotContain("person@example.org", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key.Key, body, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberRequests.Password, body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Verify_reports_an_intact_chain(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);

        AuditVerification? verification = await admin.GetFromJsonAsync<AuditVerification>("/api/v1/audit/verify", Cancel);

        Assert.Equal(new AuditVerification(true, 4, null), verification); // the first start's three (coalition, key, term seed) and one more
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Verify_finds_a_row_tampered_with_raw_sql_at_its_id(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        for (int i = 0; i < 4; i++)
        {
            await admin.CreateOrganisationAsync($"Platform {i}", OrganisationKind.Platform);
        }

        long target;
        using (IServiceScope scope = hub.Services.CreateScope())
        {
            WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
            target = await db.AuditEntries.OrderBy(a => a.Id).Skip(3).Select(a => a.Id).FirstAsync(Cancel);
            string table = db.Model.FindEntityType(typeof(WildTrace.Storage.Audit.AuditEntry))!.GetTableName()!;
            string action = db.Model.FindEntityType(typeof(WildTrace.Storage.Audit.AuditEntry))!.FindProperty("Action")!.GetColumnName();
            string id = db.Model.FindEntityType(typeof(WildTrace.Storage.Audit.AuditEntry))!.FindProperty("Id")!.GetColumnName();
#pragma warning disable EF1002 // identifiers come from the model, the value is a parameter
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"{action}\" = 'organisation.delete' WHERE \"{id}\" = {{0}}", [target], Cancel);
#pragma warning restore EF1002
        }

        AuditVerification? verification = await admin.GetFromJsonAsync<AuditVerification>("/api/v1/audit/verify", Cancel);

        Assert.Equal(new AuditVerification(false, 4, target), verification);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Export_streams_json_lines_in_chain_order_that_recompute_the_chain(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);

        using HttpResponseMessage response = await admin.GetAsync("/api/v1/audit/export", Cancel);
        string[] lines = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        AuditEntryResponse[] entries = [.. lines.Select(l => JsonSerializer.Deserialize<AuditEntryResponse>(l, MemberRequests.Json)!)];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4, entries.Length); // the first start's three (coalition, key, term seed) and one more
        Assert.Equal(new string('0', 64), entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.Equal(entries[2].Hash, entries[3].PreviousHash);
        Assert.True(entries[0].Id < entries[1].Id && entries[1].Id < entries[2].Id);
    }

    [Fact]
    public async Task Lists_with_filters_and_keyset_pages_newest_first()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        for (int i = 0; i < 5; i++)
        {
            await admin.CreateOrganisationAsync($"Platform {i}", OrganisationKind.Platform);
        }

        KeysetPage<AuditEntryResponse>? first = await admin.GetFromJsonAsync<KeysetPage<AuditEntryResponse>>(
            "/api/v1/audit?action=organisation.create&limit=3", MemberRequests.Json, Cancel);
        KeysetPage<AuditEntryResponse>? second = await admin.GetFromJsonAsync<KeysetPage<AuditEntryResponse>>(
            $"/api/v1/audit?action=organisation.create&limit=3&before={first!.Next}", MemberRequests.Json, Cancel);
        KeysetPage<AuditEntryResponse>? system = await admin.GetFromJsonAsync<KeysetPage<AuditEntryResponse>>(
            "/api/v1/audit?actor=system", MemberRequests.Json, Cancel);

        Assert.Equal(3, first.Items.Count);
        Assert.Equal(3, second!.Items.Count); // five platforms and the coalition
        Assert.True(first.Items[0].Id > first.Items[1].Id);
        Assert.True(first.Items[^1].Id > second.Items[0].Id);
        Assert.All(system!.Items, e => Assert.Equal("system", e.Actor));
        Assert.Equal(3, system.Items.Count); // the coalition, its first key, the term seed
    }

    [Fact]
    public async Task Only_coalition_admins_read_the_log()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        long coalition = await admin.CoalitionIdAsync();
        using HttpClient analyst = hub.CreateClient((await admin.CreateApiKeyAsync(coalition, HubRole.Analyst)).Key);

        using HttpResponseMessage response = await analyst.GetAsync("/api/v1/audit/export", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
