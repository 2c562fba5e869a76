using System.Threading.Channels;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// Wakes <see cref="WebhooksWorker"/> when a delivery is queued, so the first attempt goes out at once instead of at the
/// next poll. Several wake-ups before the worker looks collapse into one. Singleton; thread-safe.
/// </summary>
internal sealed class WebhookSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or for <paramref name="interval"/> on <paramref name="time"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task woken = _wakeUps.Reader.WaitToReadAsync(linked.Token).AsTask();
        Task delay = Task.Delay(interval, time, linked.Token);
        await Task.WhenAny(woken, delay);
        await linked.CancelAsync(); // releases the other wait (and its timer)
        _wakeUps.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
