using System.Collections.Immutable;
using System.Threading.Channels;
using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.HashBanks;

/// <summary>
/// The in-memory index of every bank, kept up to date by <see cref="HashBanksWorker"/> from the hash feed's revisions.
/// Readers take one immutable snapshot per call, so a lookup never sees half an update. Singleton; thread-safe.
/// </summary>
internal sealed class HashBankIndex
{
    // Capacity one, extra writes dropped: one pending wake-up covers every change committed before the worker runs.
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _waitersGate = new();
    private readonly List<(long Revision, TaskCompletionSource Done)> _waiters = [];
    private volatile Snapshot _snapshot = new(ImmutableDictionary<long, IndexedBank>.Empty, 0);

    /// <summary>The highest feed revision the index holds; every change up to it is applied.</summary>
    public long Revision => _snapshot.Revision;

    public IReadOnlyCollection<IndexedBank> Banks => _snapshot.Banks.Values.ToArray();

    /// <summary>Every banked hash within <paramref name="maxDistance"/> of <paramref name="hash"/> in the banks the
    /// organisation may use, nearest first.</summary>
    public IReadOnlyList<BankMatch> Match(PdqHash hash, long organisationId, int maxDistance)
    {
        List<BankMatch> matches = [];
        foreach (IndexedBank bank in _snapshot.Banks.Values)
        {
            if (!bank.IsVisibleTo(organisationId))
            {
                continue;
            }

            foreach (HashBankMatch match in bank.Hashes.FindWithin(hash, maxDistance))
            {
                matches.Add(new BankMatch(bank.Id, bank.Name, match));
            }
        }

        matches.Sort((a, b) => a.Match.Distance != b.Match.Distance
            ? a.Match.Distance.CompareTo(b.Match.Distance)
            : a.BankId.CompareTo(b.BankId));
        return matches;
    }

    /// <summary>Wakes the worker now instead of at its next poll (called after a committed change).</summary>
    public void Signal() => _changed.Writer.TryWrite(true);

    /// <summary>Completes once the index holds <paramref name="revision"/> (what a write returned).</summary>
    public Task WaitForRevisionAsync(long revision, CancellationToken cancellationToken)
    {
        TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersGate)
        {
            if (_snapshot.Revision >= revision)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((revision, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits for <see cref="Signal"/> or the poll interval, whichever comes first.</summary>
    internal async Task WaitForSignalAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        // WaitToReadAsync does not take the item, so a wait abandoned when the delay wins loses no signal.
        await Task.WhenAny(_changed.Reader.WaitToReadAsync(cancellationToken).AsTask(), Task.Delay(interval, time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        _changed.Reader.TryRead(out _);
    }

    internal ImmutableDictionary<long, IndexedBank> CurrentBanks => _snapshot.Banks;

    internal void Publish(ImmutableDictionary<long, IndexedBank> banks, long revision)
    {
        lock (_waitersGate)
        {
            _snapshot = new Snapshot(banks, revision);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Revision <= revision)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private sealed record Snapshot(ImmutableDictionary<long, IndexedBank> Banks, long Revision);
}
