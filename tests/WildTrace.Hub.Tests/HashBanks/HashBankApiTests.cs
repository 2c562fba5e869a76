using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scanning;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Scans;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.HashBanks;

public sealed class HashBankApiTests
{
    // The hub's wire format: camelCase names, enums as camelCase strings.
    private static readonly JsonSerializerOptions s_json = JsonSerializerOptions.Web;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Added_hash_matches_within_31_bits_with_its_bank_and_label(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (string key, _) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient client = hub.CreateClient(key);
        HashBankResponse bank = await CreateBankAsync(client, "seized ivory");
        string banked = TestHashes.Random(1);

        HashesChangedResponse added = await AddAsync(client, bank.Id, new HashInput(banked, "carved tusk", 90));
        await WaitForIndexAsync(hub, added.Revision);
        MatchHashesResponse near = await MatchAsync(client, TestHashes.Flip(banked, 8));
        MatchHashesResponse far = await MatchAsync(client, TestHashes.Flip(banked, 32));

        Assert.Equal(1, added.Added);
        HashMatchResponse match = Assert.Single(near.Matches);
        Assert.Equal((bank.Id, "seized ivory", banked, "carved tusk", 8), (match.BankId, match.BankName, match.MatchedHash, match.Label, match.Distance));
        Assert.Empty(far.Matches);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Hash_added_to_a_shared_bank_reaches_scans_without_restart(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        HashBankResponse bank = await CreateBankAsync(admin, "coalition seizures", isShared: true);
        string banked = TestHashes.Random(2);
        Listing listing = new() { Id = "l1", Text = "nice carving", Images = [new ListingImage { Pdq = PdqHash.Parse(TestHashes.Flip(banked, 3)) }] };
        ScanEngine scans = hub.Services.GetRequiredService<ScanEngine>();
        bool isMatchedBefore = scans.Scan(listing).Findings.Any(f => f.Image is not null);

        HashesChangedResponse added = await AddAsync(admin, bank.Id, new HashInput(banked, "rhino horn bowl"));
        await WaitForIndexAsync(hub, added.Revision);
        ScanResult after = scans.Scan(listing);

        Assert.False(isMatchedBefore);
        Finding finding = Assert.Single(after.Findings, f => f.Image is not null);
        Assert.Equal(3, finding.Image!.Match.Distance);
        Assert.Equal("coalition seizures", finding.Image.Match.Labels.Source);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Removed_hash_stops_matching_and_appears_as_a_tombstone_in_the_feed(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        HashBankResponse bank = await CreateBankAsync(admin, "shared", isShared: true);
        string kept = TestHashes.Random(3);
        string dropped = TestHashes.Random(4);
        HashesChangedResponse added = await AddAsync(admin, bank.Id, new HashInput(kept), new HashInput(dropped));

        using HttpResponseMessage removal = await admin.PostAsJsonAsync(
            $"/api/v1/hashbanks/{bank.Id}/hashes/remove", new RemoveHashesRequest([dropped.ToUpperInvariant()]), Ct);
        HashesChangedResponse removed = (await removal.Content.ReadFromJsonAsync<HashesChangedResponse>(s_json, Ct))!;
        await WaitForIndexAsync(hub, removed.Revision);
        HashChangesResponse feed = (await admin.GetFromJsonAsync<HashChangesResponse>($"/api/v1/hashes/changes?since={added.Revision}", s_json, Ct))!;
        MatchHashesResponse matches = await MatchAsync(admin, dropped);

        Assert.Equal(1, removed.Removed);
        HashChangeResponse tombstone = Assert.Single(feed.Changes);
        Assert.Equal((dropped, true, removed.Revision), (tombstone.Pdq, tombstone.IsRemoved, tombstone.Revision));
        Assert.Equal(removed.Revision, feed.Revision);
        Assert.Empty(matches.Matches);
    }

    [Fact]
    public async Task Private_bank_is_invisible_to_other_organisations()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (string ownerKey, _) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        (string otherKey, _) = await TestMembers.KeyForAsync(hub, "Shop B", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient owner = hub.CreateClient(ownerKey);
        using HttpClient other = hub.CreateClient(otherKey);
        HashBankResponse bank = await CreateBankAsync(owner, "private");
        string banked = TestHashes.Random(5);
        HashesChangedResponse added = await AddAsync(owner, bank.Id, new HashInput(banked));
        await WaitForIndexAsync(hub, added.Revision);

        using HttpResponseMessage get = await other.GetAsync($"/api/v1/hashbanks/{bank.Id}", Ct);
        using HttpResponseMessage add = await other.PostAsJsonAsync($"/api/v1/hashbanks/{bank.Id}/hashes", new AddHashesRequest([new HashInput(banked)]), Ct);
        IReadOnlyList<HashBankResponse>? listed = await other.GetFromJsonAsync<IReadOnlyList<HashBankResponse>>("/api/v1/hashbanks", s_json, Ct);
        HashChangesResponse? feed = await other.GetFromJsonAsync<HashChangesResponse>("/api/v1/hashes/changes", s_json, Ct);
        MatchHashesResponse matches = await MatchAsync(other, banked);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Empty(listed!);
        Assert.Empty(feed!.Changes);
        Assert.Empty(matches.Matches);
    }

    [Fact]
    public async Task Only_coalition_staff_create_shared_banks_and_only_the_owner_changes_them()
    {
        await using HubHost hub = await HubHost.StartAsync();
        (string memberKey, _) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient member = hub.CreateClient(memberKey);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        HashBankResponse shared = await CreateBankAsync(admin, "coalition", isShared: true);

        using HttpResponseMessage create = await member.PostAsJsonAsync("/api/v1/hashbanks", new CreateHashBankRequest("mine", IsShared: true), Ct);
        using HttpResponseMessage add = await member.PostAsJsonAsync(
            $"/api/v1/hashbanks/{shared.Id}/hashes", new AddHashesRequest([new HashInput(TestHashes.Random(6))]), Ct);
        IReadOnlyList<HashBankResponse>? listed = await member.GetFromJsonAsync<IReadOnlyList<HashBankResponse>>("/api/v1/hashbanks", s_json, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(shared.Id, Assert.Single(listed!).Id);
    }

    [Theory]
    // Not hex, or the wrong length
    [InlineData("xyz")]
    [InlineData("00")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000ff")]
    public async Task Refuses_a_hash_that_is_not_64_hex_digits(string pdq)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        HashBankResponse bank = await CreateBankAsync(admin, "bank");

        using HttpResponseMessage response = await admin.PostAsJsonAsync(
            $"/api/v1/hashbanks/{bank.Id}/hashes", new AddHashesRequest([new HashInput(TestHashes.Random(7)), new HashInput(pdq)]), Ct);
        string body = await response.Content.ReadAsStringAsync(Ct);
        BankedHashPageResponse? page = await admin.GetFromJsonAsync<BankedHashPageResponse>($"/api/v1/hashbanks/{bank.Id}/hashes", s_json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hashes[1].pdq", body, StringComparison.Ordinal);
        Assert.Empty(page!.Hashes);
    }

    [Fact]
    public async Task Adding_a_hash_again_updates_its_label_in_the_bank_and_the_matcher()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        HashBankResponse bank = await CreateBankAsync(admin, "bank");
        string banked = TestHashes.Random(8);
        await AddAsync(admin, bank.Id, new HashInput(banked, "first"));

        HashesChangedResponse again = await AddAsync(admin, bank.Id, new HashInput(banked, "second"));
        await WaitForIndexAsync(hub, again.Revision);
        MatchHashesResponse matches = await MatchAsync(admin, banked);
        HashBankResponse? fetched = await admin.GetFromJsonAsync<HashBankResponse>($"/api/v1/hashbanks/{bank.Id}", s_json, Ct);

        Assert.Equal((0, 1), (again.Added, again.Updated));
        Assert.Equal("second", Assert.Single(matches.Matches).Label);
        Assert.Equal(1, fetched!.HashCount);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Requests_racing_for_one_bank_name_make_one_bank_and_conflicts_not_errors(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        (string key, _) = await TestMembers.KeyForAsync(hub, "Shop A", OrganisationKind.Platform, HubRole.MemberEngineer);
        using HttpClient client = hub.CreateClient(key);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => client.PostAsJsonAsync("/api/v1/hashbanks", new CreateHashBankRequest("seized ivory", null, false), Ct)));

        HttpStatusCode[] statuses = [.. responses.Select(r => r.StatusCode).Order()];
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], statuses);
    }

    private static async Task<HashBankResponse> CreateBankAsync(HttpClient client, string name, bool isShared = false)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/hashbanks", new CreateHashBankRequest(name, null, isShared), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HashBankResponse>(s_json, Ct))!;
    }

    private static async Task<HashesChangedResponse> AddAsync(HttpClient client, long bankId, params HashInput[] hashes)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync($"/api/v1/hashbanks/{bankId}/hashes", new AddHashesRequest(hashes), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HashesChangedResponse>(s_json, Ct))!;
    }

    private static async Task<MatchHashesResponse> MatchAsync(HttpClient client, string hash)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/hashes/match", new MatchHashesRequest([hash]), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MatchHashesResponse>(s_json, Ct))!;
    }

    /// <summary>The bound: a change is live in the matcher within 10 seconds, without a restart.</summary>
    private static async Task WaitForIndexAsync(HubHost hub, long revision)
    {
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        await hub.Services.GetRequiredService<HashBankIndex>().WaitForRevisionAsync(revision, limit.Token);
    }
}
