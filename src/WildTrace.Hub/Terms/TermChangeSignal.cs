namespace WildTrace.Hub.Terms;

/// <summary>
/// Wakes <see cref="TermsWorker"/> as soon as a curator changes the approved set in this process, instead of at the next
/// poll; the poll still catches changes made elsewhere (another instance, a script on the database). Singleton.
/// </summary>
internal sealed class TermChangeSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet seen: one wake-up covers any number of changes.
        }
    }

    /// <summary>Completes when notified or after <paramref name="interval"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task delay = Task.Delay(interval, time, timeout.Token);
        Task signalled = _pending.WaitAsync(timeout.Token);
        await Task.WhenAny(delay, signalled);
        await timeout.CancelAsync(); // stops the loser; a cancelled semaphore wait takes no count
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _pending.Dispose();
}
