using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Idempotency;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;

namespace WildTrace.Hub.Tests.Idempotency;

public sealed class IdempotencyFilterTests
{
    private const string Proposal = """{"text": "zorblefrond", "language": "en", "kind": "code-word", "category": "ivory", "source": "report"}""";

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Retry_with_the_same_key_and_body_replays_the_first_answer(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage first = await PostAsync(client, "key-1", Proposal);
        using HttpResponseMessage retry = await PostAsync(client, "key-1", Proposal);
        using HttpResponseMessage withoutKey = await PostAsync(client, null, Proposal);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.Conflict, withoutKey.StatusCode); // the handler ran again only without the key
        Assert.Equal(1, await CountAsync(hub, db => db.Terms.Count(t => t.TermId == "en-zorblefrond")));
        Assert.Equal(1, await CountAsync(hub, db => db.IdempotencyRecords.Count()));
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Same_key_with_another_body_is_a_422_problem(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage first = await PostAsync(client, "key-2", Proposal);
        using HttpResponseMessage reused = await PostAsync(client, "key-2", Proposal.Replace("zorblefrond", "quillbark", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await Scans.ScanApiTests.AssertProblem(reused, HttpStatusCode.UnprocessableEntity, "/problems/idempotency-key-reused", "different request");
        Assert.Equal(0, await CountAsync(hub, db => db.Terms.Count(t => t.TermId == "en-quillbark")));
    }

    [Fact]
    public async Task Records_expire_after_a_day()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        using HttpResponseMessage first = await PostAsync(client, "key-3", Proposal);
        IdempotencyCleanupWorker cleanup = hub.Services.GetRequiredService<IdempotencyCleanupWorker>();

        int early = await cleanup.CleanUpAsync(Cancel);
        int keptEarly = await CountAsync(hub, db => db.IdempotencyRecords.Count());
        hub.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1)); // the worker's own hourly round may run now too
        await cleanup.CleanUpAsync(Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(0, early);
        Assert.Equal(1, keptEarly);
        Assert.Equal(0, await CountAsync(hub, db => db.IdempotencyRecords.Count()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? key, string json)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/api/v1/terms") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add(IdempotencyFilter.Header, key);
        }

        return await client.SendAsync(request, Cancel);
    }

    private static async Task<int> CountAsync(HubHost hub, Func<WildTraceDb, int> count)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        return count(scope.ServiceProvider.GetRequiredService<WildTraceDb>());
    }
}
