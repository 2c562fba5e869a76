using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Learning;
using WildTrace.Hub.Terms;
using WildTrace.Hub.Tests.Support;
using WildTrace.Hub.Tests.Terms;

namespace WildTrace.Hub.Tests.Learning;

public sealed class LearningWorkerTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Worker_files_proposals_when_the_mining_interval_passes()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);
        await LearningApiTests.DecideAsync(hub, admin);
        LearningWorker worker = hub.Services.GetRequiredService<LearningWorker>();
        TermPageResponse before = (await admin.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?state=proposed", TermJson.Options, s_none))!;

        Task round = worker.NextRoundAsync();
        while (!round.IsCompleted)
        {
            // The worker may not have reached its delay yet; each advance moves any waiting delay past its end.
            hub.Time.Advance(TimeSpan.FromHours(1));
            await Task.WhenAny(round, Task.Delay(TimeSpan.FromMilliseconds(50), s_none));
        }

        TermPageResponse after = (await admin.GetFromJsonAsync<TermPageResponse>("/api/v1/terms?state=proposed", TermJson.Options, s_none))!;
        Assert.Empty(before.Items);
        Assert.Contains(after.Items, t => t.Text == "Blorbite" && t.Source.StartsWith("Confirmed reports: cases ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_stops_at_once_when_mining_is_off()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Learning:IsMiningEnabled"] = "false" });
        await using HubHost defaults = await HubHost.StartAsync();

        LearningWorker off = hub.Services.GetRequiredService<LearningWorker>();
        LearningWorker on = defaults.Services.GetRequiredService<LearningWorker>();

        Assert.True(off.ExecuteTask?.IsCompletedSuccessfully);
        Assert.False(on.ExecuteTask?.IsCompleted);
    }
}
