using WildTrace.Storage;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Something a feature must put in the database before the hub serves requests (the coalition's organisation and first
/// admin key, the bundled terms). Seeds run in registration order after migrations, on every start, so each one checks
/// what is already there and does nothing when it is.
/// </summary>
internal interface IHubSeed
{
    Task SeedAsync(WildTraceDb db, CancellationToken cancellationToken);
}
