using System.Globalization;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Scans;

/// <summary>One hub on SQLite with small limits, shared by a test class whose tests write nothing.</summary>
public sealed class ScanHubFixture : IAsyncLifetime
{
    public const int MaxBatchItems = 20;
    public const int MaxTextLength = 4000;
    public const int MaxBodyBytes = 16 * 1024;

    public HubHost Hub { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public async ValueTask InitializeAsync() =>
        Hub = await HubHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Scans:MaxBatchItems"] = MaxBatchItems.ToString(CultureInfo.InvariantCulture),
            ["Hub:Scans:MaxTextLength"] = MaxTextLength.ToString(CultureInfo.InvariantCulture),
            ["Hub:Limits:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(CultureInfo.InvariantCulture),
            ["Hub:Limits:MaxBatchBodyBytes"] = (MaxBodyBytes * 8).ToString(CultureInfo.InvariantCulture),
        });

    public async ValueTask DisposeAsync() => await Hub.DisposeAsync();
}
