using System.Net;
using System.Text.RegularExpressions;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Members;

/// <summary>These tests capture the process-wide console, so they do not run beside other tests.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed partial class CoalitionSeedTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_an_admin_key_setting_prints_a_one_time_key_that_works()
    {
        using StringWriter console = new();
        TextWriter original = Console.Out;
        Console.SetOut(console);
        HubHost hub;
        try
        {
            hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["WILDTRACE_ADMIN_KEY"] = "" });
        }
        finally
        {
            Console.SetOut(original);
        }

        await using (hub)
        {
            Match printed = PrintedKey().Match(console.ToString());
            using HttpClient client = hub.CreateClient(printed.Value);

            using HttpResponseMessage me = await client.GetAsync("/api/v1/me", Cancel);
            using HttpResponseMessage environmentKey = await hub.CreateClient(hub.AdminKey).GetAsync("/api/v1/me", Cancel);

            Assert.True(printed.Success, "no key was printed");
            Assert.Contains("/Account/Setup", console.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, environmentKey.StatusCode);
        }
    }

    [Fact]
    public async Task With_an_admin_key_setting_prints_nothing_and_that_key_works()
    {
        using StringWriter console = new();
        TextWriter original = Console.Out;
        Console.SetOut(console);
        HubHost hub;
        try
        {
            hub = await HubHost.StartAsync();
        }
        finally
        {
            Console.SetOut(original);
        }

        await using (hub)
        {
            using HttpClient client = hub.CreateClient(hub.AdminKey);

            using HttpResponseMessage me = await client.GetAsync("/api/v1/me", Cancel);

            Assert.DoesNotMatch(PrintedKey(), console.ToString());
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
    }

    [Fact]
    public async Task A_malformed_admin_key_setting_stops_the_start()
    {
        Exception? error = await Record.ExceptionAsync(async () =>
        {
            await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["WILDTRACE_ADMIN_KEY"] = "not-a-key" });
        });

        Assert.NotNull(error);
        Assert.Contains("WILDTRACE_ADMIN_KEY", error.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("wtk_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}")]
    private static partial Regex PrintedKey();
}
