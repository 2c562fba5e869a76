using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WildTrace.Hub.Members;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// The real hub (its whole HTTP pipeline) on a fresh real database, with a known first admin key and a
/// <see cref="FakeTimeProvider"/>. Create with <see cref="StartAsync"/>; dispose to drop the database.
/// </summary>
public sealed class HubHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    private HubHost(TestDatabase database, Dictionary<string, string?> settings)
    {
        _database = database;
        _settings = settings;
        AdminKey = ApiKeySecret.Create().Text;
    }

    /// <summary>The coalition admin key the hub was started with (<c>WILDTRACE_ADMIN_KEY</c>).</summary>
    public string AdminKey { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    public StorageKind Storage => _database.Kind;

    /// <summary>The root URL of a hub started with <see cref="HubTransport.Kestrel"/> (for browsers and wrk).</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Starts a hub; <paramref name="settings"/> override configuration keys (e.g. <c>Hub:Limits:Burst</c>).</summary>
    public static async Task<HubHost> StartAsync(
        StorageKind storage = StorageKind.Sqlite, IDictionary<string, string?>? settings = null, HubTransport transport = HubTransport.TestServer)
    {
        TestDatabase database = await TestDatabase.CreateAsync(storage);
        HubHost host = new(database, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()));
        if (transport == HubTransport.Kestrel)
        {
            host.UseKestrel(0); // a free loopback port, so parallel test runs never collide
            host.StartServer();
            string address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel always has the feature
            host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute);
        }
        else
        {
            _ = host.Server; // builds and starts the host: migrations and seeds run now
        }

        return host;
    }

    /// <summary>A client that sends <paramref name="apiKey"/> as a bearer token (none: anonymous).</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        HttpClient client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:Provider", _database.Kind.ToString());
        builder.UseSetting("Storage:ConnectionString", _database.ConnectionString);
        builder.UseSetting("WILDTRACE_ADMIN_KEY", AdminKey);
        foreach ((string key, string? value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
