using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.Tests.HashBanks;

public sealed class HashBanksWorkerTests
{
    [Fact]
    public async Task Change_committed_by_another_process_is_picked_up_by_the_poll()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        using HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/hashbanks", new CreateHashBankRequest("bank"), Ct);
        long bankId = (await created.Content.ReadFromJsonAsync<HashBankResponse>(Ct))!.Id;
        HashBankIndex index = hub.Services.GetRequiredService<HashBankIndex>();
        string banked = TestHashes.Random(9);

        // Written straight to the database, as another hub process would: no in-process signal reaches the worker.
        long revision = await WriteBehindTheHubsBackAsync(hub, bankId, banked);
        Task picked = index.WaitForRevisionAsync(revision, Ct);
        for (int i = 0; i < 200 && !picked.IsCompleted; i++)
        {
            hub.Time.Advance(HashBanksWorker.PollInterval);
            await Task.WhenAny(picked, Task.Delay(TimeSpan.FromMilliseconds(50), Ct));
        }

        Assert.True(picked.IsCompletedSuccessfully, "The worker did not pick up the change on its poll.");
        BankMatch match = Assert.Single(index.Match(PdqHash.Parse(banked), TestMembers.CoalitionId(hub), maxDistance: 0));
        Assert.Equal(bankId, match.BankId);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long> WriteBehindTheHubsBackAsync(HubHost hub, long bankId, string pdq)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        long revision = await HashRevisions.ReserveAsync(db, 1, Ct);
        db.BankedHashes.Add(new BankedHash { BankId = bankId, Pdq = pdq, Label = "direct", AddedAt = hub.Time.GetUtcNow(), Revision = revision });
        await db.SaveChangesAsync(Ct);
        return revision;
    }
}
