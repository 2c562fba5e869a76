using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// Validated API keys held for <see cref="Lifetime"/>, and last-used times written at most once per
/// <see cref="LastUsedResolution"/>. Revoking through the hub calls <see cref="Forget"/>, so a revoked key stops at once
/// on this instance (and within <see cref="Lifetime"/> on others). Thread-safe.
/// </summary>
internal sealed class ApiKeyCache(IDbContextFactory<WildTraceDb> databases, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<HubActor?> FindAsync(string keyId, byte[] secretHash, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (!_entries.TryGetValue(keyId, out Entry? entry) || now - entry.LoadedAt > Lifetime)
        {
            entry = await LoadAsync(keyId, now, cancellationToken);
            _entries[keyId] = entry;
        }

        if (entry.Key is null || !ApiKeySecret.Matches(entry.Key.SecretHash, secretHash))
        {
            return null;
        }

        if (entry.LastUsedWritten is null || now - entry.LastUsedWritten > LastUsedResolution)
        {
            entry.LastUsedWritten = now;
            await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
            await db.ApiKeys.Where(k => k.Id == entry.Key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return new HubActor($"key:{keyId}", entry.Key.OrganisationId, entry.Key.Role);
    }

    public void Forget(string keyId) => _entries.TryRemove(keyId, out _);

    private async Task<Entry> LoadAsync(string keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
        ApiKey? key = await db.ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.KeyId == keyId && k.RevokedAt == null, cancellationToken);
        return new Entry(key, now);
    }

    private sealed class Entry(ApiKey? key, DateTimeOffset loadedAt)
    {
        public ApiKey? Key { get; } = key;

        public DateTimeOffset LoadedAt { get; } = loadedAt;

        public DateTimeOffset? LastUsedWritten { get; set; }
    }
}
