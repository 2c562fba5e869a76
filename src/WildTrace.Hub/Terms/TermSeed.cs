using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// Loads the bundled signed pack into an empty term table on first start (about 8,700 terms), as one insert: change
/// tracking is off while the records are added, and a single SaveChanges sends them in batches.
/// </summary>
internal sealed class TermSeed(AuditLog audit, TimeProvider time, IOptions<HubStartupOptions> startup, ILogger<TermSeed> logger) : IHubSeed
{
    public async Task SeedAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        if (!startup.Value.SeedBundledTerms || await db.Terms.AnyAsync(cancellationToken))
        {
            return;
        }

        if (!BundledTermPack.TryGet(out TermPack? pack, out string error))
        {
            TermLog.NoBundledPack(logger, error);
            return;
        }

        long started = Stopwatch.GetTimestamp();
        DateTimeOffset now = time.GetUtcNow();
        await using AuditedWrite write = await audit.BeginAsync(db, HubActor.System, cancellationToken);
        long revision = await TermFeed.ReserveAsync(db, pack!.Terms.Count, cancellationToken); // TryGet returned true
        db.ChangeTracker.AutoDetectChangesEnabled = false; // 8,700 Adds with detection on cost a scan of the tracker each
        try
        {
            foreach (Term term in pack.Terms)
            {
                db.Terms.Add(TermMapping.ToRecord(term, TermState.Approved, now, revision++));
            }

            write.Record("term.seed", "terms:" + pack.PackId, new { pack.PackId, pack.Version, count = pack.Terms.Count });
            await write.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        TermLog.Seeded(logger, pack.Terms.Count, pack.PackId, pack.Version, elapsedMs);
    }
}
