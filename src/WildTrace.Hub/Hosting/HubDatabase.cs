using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Brings the database up to date at start: applies migrations, then runs each feature's <see cref="IHubSeed"/>.
/// A hosted service, so it runs before the server takes requests, also under test hosts.
/// </summary>
internal sealed class HubDatabase(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (IHubSeed seed in scope.ServiceProvider.GetServices<IHubSeed>())
        {
            await seed.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
