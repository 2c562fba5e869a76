using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Terms;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Tests.Terms;

public sealed class TermApiTests
{
    private static readonly object s_proposal = new
    {
        text = "zorblefrond", language = "en", kind = "code-word", category = "ivory", species = "Loxodonta africana",
        source = "https://example.org/report-2026", comment = "seen in three marketplaces",
    };

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task First_start_seeds_the_bundled_pack_and_lists_it_in_keyset_pages(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        Assert.True(BundledTermPack.TryGet(out TermPack? pack, out _));

        TermPageResponse first = await client.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?limit=50", TermJson.Options, Cancel) ?? throw new InvalidOperationException();
        TermPageResponse second = await client.GetFromJsonAsync<TermPageResponse>($"/api/v1/terms?limit=50&after={Uri.EscapeDataString(first.Next!)}", TermJson.Options, Cancel) ?? throw new InvalidOperationException();
        TermChangesResponse feed = await client.GetFromJsonAsync<TermChangesResponse>("/api/v1/terms/changes?since=0&limit=1", TermJson.Options, Cancel) ?? throw new InvalidOperationException();

        Assert.Equal(50, first.Items.Count);
        Assert.Equal(50, second.Items.Count);
        Assert.Empty(first.Items.Select(t => t.Id).Intersect(second.Items.Select(t => t.Id)));
        Assert.True(string.CompareOrdinal(first.Items[^1].Id, second.Items[0].Id) < 0 || storage == StorageKind.Postgres);
        Assert.All(first.Items, t => Assert.Equal(TermState.Approved, t.State));
        Assert.True(feed.HasMore);
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        Assert.Equal(pack!.Terms.Count, scope.ServiceProvider.GetRequiredService<WildTrace.Storage.WildTraceDb>().Terms.Count());
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Approved_proposal_is_found_by_scans_without_a_restart(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (string memberKey, _) = await TestMembers.KeyForAsync(hub, "Marketplace A", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient member = hub.CreateClient(memberKey);
        using HttpClient curator = hub.CreateClient(hub.AdminKey);
        TermsWorker worker = hub.Services.GetRequiredService<TermsWorker>();

        using HttpResponseMessage proposed = await TermJson.PostAsync(member, "/api/v1/terms", s_proposal);
        TermResponse term = await TermJson.ReadAsync<TermResponse>(proposed);
        using HttpResponseMessage approved = await TermJson.PostAsync(curator, $"/api/v1/terms/{term.Id}/approve", new { comment = "confirmed" });
        TermResponse decided = await TermJson.ReadAsync<TermResponse>(approved);
        await worker.WhenAppliedAsync(decided.Revision).WaitAsync(TimeSpan.FromSeconds(60), Cancel);
        using HttpResponseMessage scan = await Scans.ScanApiTests.PostJson(member, "/api/v1/scan", """{"id": "n1", "text": "carved zorblefrond, DM me"}""");
        string verdict = await scan.Content.ReadAsStringAsync(Cancel);
        TermDetailResponse detail = await member.GetFromJsonAsync<TermDetailResponse>($"/api/v1/terms/{term.Id}", TermJson.Options, Cancel) ?? throw new InvalidOperationException();

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal("en-zorblefrond", term.Id);
        Assert.Equal(TermState.Proposed, term.State);
        Assert.Equal(TermState.Approved, decided.State);
        Assert.Contains("\"termId\":\"en-zorblefrond\"", verdict, StringComparison.Ordinal);
        Assert.Equal([TermState.Proposed, TermState.Approved], detail.History.Select(h => h.ToState));
        Assert.Equal("confirmed", detail.History[1].Comment);
    }

    [Fact]
    public async Task Worker_notices_a_change_made_outside_this_process_at_the_next_poll()
    {
        await using HubHost hub = await HubHost.StartAsync();
        TermsWorker worker = hub.Services.GetRequiredService<TermsWorker>();
        await worker.WhenAppliedAsync(1).WaitAsync(TimeSpan.FromSeconds(60), Cancel); // the start-up load, so only a poll can see what follows
        long revision;
        await using (AsyncServiceScope scope = hub.Services.CreateAsyncScope())
        {
            WildTrace.Storage.WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTrace.Storage.WildTraceDb>();
            revision = await TermFeed.ReserveAsync(db, 1, Cancel);
            db.Terms.Add(TermMapping.ToRecord(new Term { Id = "en-quillbark", Text = "quillbark", Language = "en", Category = "ivory" }, TermState.Approved, hub.Time.GetUtcNow(), revision));
            await db.SaveChangesAsync(Cancel);
        }

        Task applied = worker.WhenAppliedAsync(revision);
        bool isEarly = applied.IsCompleted;
        for (int round = 0; round < 300 && !applied.IsCompleted; round++)
        {
            // Fake time only fires timers that exist, and the worker may be between rounds: advance until it has polled.
            hub.Time.Advance(TimeSpan.FromSeconds(2));
            await Task.WhenAny(applied, Task.Delay(TimeSpan.FromMilliseconds(100), Cancel));
        }

        await applied.WaitAsync(TimeSpan.FromSeconds(60), Cancel);
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        using HttpResponseMessage scan = await Scans.ScanApiTests.PostJson(client, "/api/v1/scan", """{"id": "n2", "text": "quillbark for sale"}""");

        Assert.False(isEarly);
        Assert.Contains("en-quillbark", await scan.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Another_members_proposal_is_invisible_and_members_may_not_approve(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (string keyA, _) = await TestMembers.KeyForAsync(hub, "Marketplace A", OrganisationKind.Platform, HubRole.MemberEngineer);
        (string keyB, _) = await TestMembers.KeyForAsync(hub, "Marketplace B", OrganisationKind.Platform, HubRole.MemberReviewer);
        using HttpClient a = hub.CreateClient(keyA);
        using HttpClient b = hub.CreateClient(keyB);
        using HttpResponseMessage proposed = await TermJson.PostAsync(a, "/api/v1/terms", s_proposal);

        using HttpResponseMessage seenByB = await b.GetAsync("/api/v1/terms/en-zorblefrond", Cancel);
        TermPageResponse listedForB = await b.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?state=proposed", TermJson.Options, Cancel) ?? throw new InvalidOperationException();
        using HttpResponseMessage seenByA = await a.GetAsync("/api/v1/terms/en-zorblefrond", Cancel);
        using HttpResponseMessage approvedByA = await TermJson.PostAsync(a, "/api/v1/terms/en-zorblefrond/approve", new { });

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seenByB.StatusCode);
        Assert.Empty(listedForB.Items);
        Assert.Equal(HttpStatusCode.OK, seenByA.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approvedByA.StatusCode);
    }

    // Decisions that are refused, and why.
    [Theory]
    [InlineData("en-zorblefrond", "retire", HttpStatusCode.Conflict)] // only an approved term can be retired
    [InlineData("en-zorblefrond", "approve", HttpStatusCode.OK)]
    [InlineData("en-no-such-term", "approve", HttpStatusCode.NotFound)]
    public async Task Decisions_follow_the_curation_states(string termId, string verb, HttpStatusCode expected)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        using HttpResponseMessage proposed = await TermJson.PostAsync(client, "/api/v1/terms", s_proposal);

        using HttpResponseMessage response = await TermJson.PostAsync(client, $"/api/v1/terms/{termId}/{verb}", new { });

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Changes_feed_carries_approvals_and_tombstones_after_a_revision(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        long head;
        await using (AsyncServiceScope scope = hub.Services.CreateAsyncScope())
        {
            head = await TermFeed.CurrentAsync(scope.ServiceProvider.GetRequiredService<WildTrace.Storage.WildTraceDb>(), Cancel);
        }

        TermChangesResponse atHead = await client.GetFromJsonAsync<TermChangesResponse>($"/api/v1/terms/changes?since={head}", TermJson.Options, Cancel) ?? throw new InvalidOperationException();
        TermChangesResponse firstPage = await client.GetFromJsonAsync<TermChangesResponse>("/api/v1/terms/changes?since=0&limit=10", TermJson.Options, Cancel) ?? throw new InvalidOperationException();

        using HttpResponseMessage proposed = await TermJson.PostAsync(client, "/api/v1/terms", s_proposal);
        using HttpResponseMessage approved = await TermJson.PostAsync(client, "/api/v1/terms/en-zorblefrond/approve", new { });
        string retiredId = firstPage.Changes[0].Id;
        using HttpResponseMessage retired = await TermJson.PostAsync(client, $"/api/v1/terms/{retiredId}/retire", new { comment = "no longer used" });
        TermChangesResponse delta = await client.GetFromJsonAsync<TermChangesResponse>($"/api/v1/terms/changes?since={head}", TermJson.Options, Cancel) ?? throw new InvalidOperationException();

        Assert.Empty(atHead.Changes);
        Assert.Equal(head, atHead.Revision);
        Assert.True(firstPage.HasMore);
        Assert.Equal(10, firstPage.Changes.Count);
        Assert.Equal(firstPage.Changes[^1].Revision, firstPage.Revision);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(["en-zorblefrond", retiredId], delta.Changes.Select(c => c.Id));
        Assert.False(delta.Changes[0].IsRemoved);
        Assert.Equal("zorblefrond", delta.Changes[0].Term!.Text);
        Assert.True(delta.Changes[1].IsRemoved);
        Assert.Null(delta.Changes[1].Term);
        Assert.Equal(delta.Changes[1].Revision, delta.Revision);
    }

    [Fact]
    public async Task Pack_is_the_bundled_file_until_curation_then_one_signed_by_the_hubs_published_key()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Terms:SigningKeyPath"] = Path.Combine(Path.GetTempPath(), "wildtrace-test-" + Guid.NewGuid().ToString("N"), "signing.pem"),
        });
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        byte[] before = await client.GetByteArrayAsync("/api/v1/terms/pack", Cancel);

        using HttpResponseMessage proposed = await TermJson.PostAsync(client, "/api/v1/terms", s_proposal);
        using HttpResponseMessage approved = await TermJson.PostAsync(client, "/api/v1/terms/en-zorblefrond/approve", new { });
        byte[] after = await client.GetByteArrayAsync("/api/v1/terms/pack", Cancel);
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        TermKeysResponse keys = await anonymous.GetFromJsonAsync<TermKeysResponse>("/api/v1/terms/keys", TermJson.Options, Cancel) ?? throw new InvalidOperationException();
        TermPack pack = TermPackReader.Read(new MemoryStream(after), TermPackTrust.FromPem(keys.Keys.Where(k => k.Use == "hub").Select(k => k.PublicKeyPem)));

        Assert.Equal(BundledTermPack.ReadBytes(), before);
        Assert.Equal(TermPackPublisher.HubPackId, pack.PackId);
        Assert.Contains(pack.Terms, t => t.Id == "en-zorblefrond");
        Assert.Contains(keys.Keys, k => k.Use == "bundled");
        Assert.Throws<TermPackException>(() => TermPackReader.Read(new MemoryStream(after), BundledTermPack.ShippedKeys));
    }
}
