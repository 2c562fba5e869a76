using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Scans;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// Keeps <see cref="ScanEngine"/> on the approved terms: when the <c>terms</c> revision moves (a poll every
/// <see cref="TermsOptions.PollInterval"/>, or at once on <see cref="TermChangeSignal"/>), it loads the approved set and
/// swaps the matcher. A failed reload is logged and retried on the next round; scans keep the old terms meanwhile.
/// </summary>
internal sealed class TermsWorker(
    IDbContextFactory<WildTraceDb> databases, ScanEngine engine, TermChangeSignal signal, TimeProvider time,
    IOptions<TermsOptions> options, ILogger<TermsWorker> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<(long Revision, TaskCompletionSource Done)> _waiters = [];
    private long _applied = -1;

    /// <summary>The revision whose approved terms scans use now (-1 before the first load).</summary>
    public long AppliedRevision => Interlocked.Read(ref _applied);

    /// <summary>Completes once scans use revision <paramref name="revision"/> or a later one (tests, and callers that must see their change).</summary>
    public Task WhenAppliedAsync(long revision)
    {
        lock (_gate)
        {
            if (AppliedRevision >= revision)
            {
                return Task.CompletedTask;
            }

            TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((revision, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReloadIfChangedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                TermLog.ReloadFailed(logger, e); // the boundary of one round: the next round tries again
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
        long revision = await TermFeed.CurrentAsync(db, cancellationToken);
        if (revision == AppliedRevision)
        {
            return;
        }

        List<TermRecord> records = await db.Terms.AsNoTracking().Where(t => t.State == TermState.Approved).ToListAsync(cancellationToken);
        Term[] terms = [.. records.Select(TermMapping.ToTerm)];
        engine.ReplaceTerms(terms);
        TermLog.TermsApplied(logger, terms.Length, revision);
        lock (_gate)
        {
            Interlocked.Exchange(ref _applied, revision);
            foreach ((long wanted, TaskCompletionSource done) in _waiters.Where(w => w.Revision <= revision).ToList())
            {
                done.TrySetResult();
                _waiters.RemoveAll(w => w.Done == done);
            }
        }
    }
}
