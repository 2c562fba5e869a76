using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Storage;

namespace WildTrace.Hub.Idempotency;

/// <summary>Deletes stored idempotent answers older than <see cref="IdempotencyOptions.Expiry"/>, once per <see cref="IdempotencyOptions.CleanupInterval"/>.</summary>
internal sealed class IdempotencyCleanupWorker(
    IDbContextFactory<WildTraceDb> databases, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<IdempotencyCleanupWorker> logger)
    : BackgroundService
{
    /// <summary>Deletes expired records now; returns how many.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset cutoff = time.GetUtcNow() - options.Value.Expiry;
        await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CleanupInterval, time, stoppingToken);
                int deleted = await CleanUpAsync(stoppingToken);
                IdempotencyLog.CleanedUp(logger, deleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                IdempotencyLog.CleanupFailed(logger, e); // one round's failure; the next round tries again
            }
        }
    }
}
