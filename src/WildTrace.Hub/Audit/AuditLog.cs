using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>
/// Appends to the hash-chained audit log. Every write in the hub goes through <see cref="BeginAsync"/>: the business
/// change and its audit entries commit in one transaction, or neither does. Appends are serialised in this process,
/// because each entry's hash depends on the one before it. Singleton; thread-safe.
/// </summary>
/// <remarks>
/// Several hub instances on one PostgreSQL database would need a database lock here instead (pg_advisory_xact_lock);
/// the hub runs as one instance today (docs/design/hub.md).
/// </remarks>
internal sealed class AuditLog(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Opens a transaction on <paramref name="db"/> and holds the append lock until the write ends.</summary>
    public async Task<AuditedWrite> BeginAsync(WildTraceDb db, HubActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return new AuditedWrite(this, db, actor, await db.Database.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public void Dispose() => _gate.Dispose();

    internal DateTimeOffset Now => time.GetUtcNow();

    internal void Release() => _gate.Release();

    internal static async Task<byte[]> LastHashAsync(WildTraceDb db, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash)
            .FirstOrDefaultAsync(cancellationToken) ?? AuditHash.Genesis;

    internal static string? Serialize(object? detail) =>
        detail is null ? null : JsonSerializer.Serialize(detail, JsonSerializerOptions.Web);
}
