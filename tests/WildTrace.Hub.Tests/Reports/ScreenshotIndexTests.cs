using Microsoft.Extensions.DependencyInjection;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Tests.HashBanks;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;

namespace WildTrace.Hub.Tests.Reports;

public sealed class ScreenshotIndexTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Loads_stored_screenshots_on_first_use_and_finds_the_nearest_case()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);
        ReportReceiptResponse first = await ReportApiTests.SubmitMultipartAsync(client, "https://shop.example/item/1", ReportImages.Png(seed: 31));
        await ReportApiTests.SubmitMultipartAsync(client, "https://shop.example/item/2", ReportImages.Png(seed: 32));
        string stored = HashOf(ReportImages.Png(seed: 31));
        ScreenshotIndex index = new();
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();

        long? near = await index.FindCaseAsync(db, [PdqHash.Parse(TestHashes.Flip(stored, 10))], s_none);
        long? far = await index.FindCaseAsync(db, [PdqHash.Parse(TestHashes.Flip(stored, 40))], s_none);

        Assert.Equal(first.CaseId, near);
        Assert.Null(far);
    }

    [Fact]
    public async Task Hashes_added_after_loading_are_found_and_ones_added_before_are_left_to_the_load()
    {
        await using HubHost hub = await HubHost.StartAsync();
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        PdqHash early = PdqHash.Parse(TestHashes.Random(41));
        PdqHash late = PdqHash.Parse(TestHashes.Random(42));
        ScreenshotIndex index = new();

        index.Add(7, [early]);
        long? earlyBeforeLoad = await index.FindCaseAsync(db, [early], s_none);
        index.Add(8, [late]);
        long? lateAfterLoad = await index.FindCaseAsync(db, [late], s_none);
        index.Reset();
        long? lateAfterReset = await index.FindCaseAsync(db, [late], s_none);

        Assert.Null(earlyBeforeLoad); // not in the table, so the load does not bring it back
        Assert.Equal(8, lateAfterLoad);
        Assert.Null(lateAfterReset);
    }

    private static string HashOf(byte[] image)
    {
        using MemoryStream stream = new(image);
        Assert.True(PdqHasher.Default.TryHash(stream, out PdqHashResult result, out string? error), error);
        return result.Hash.ToString();
    }
}
