namespace WildTrace.Hub.Hosting;

/// <summary>
/// A rate limit per key (an address, a spotter) on the injected <see cref="TimeProvider"/>, so tests can move time.
/// <see cref="LimiterKind.FixedWindow"/> allows <c>permits</c> per <c>period</c>, counted from a key's first request in
/// the window; <see cref="LimiterKind.TokenBucket"/> holds up to <c>permits</c> tokens and refills them evenly over
/// <c>period</c>. Keys whose state equals a fresh key's (window over, bucket full) are dropped every
/// <see cref="SweepInterval"/>, so memory is bounded by the keys seen in the last period. Singleton; thread-safe.
/// </summary>
internal sealed class KeyedLimiter
{
    /// <summary>How often idle keys are dropped: often enough to bound memory, rarely enough that the O(keys) sweep is cheap.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyState> _keys = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly LimiterKind _kind;
    private readonly int _permits;
    private readonly TimeSpan _period;
    private DateTimeOffset _lastSweep;

    public KeyedLimiter(TimeProvider time, LimiterKind kind, int permits, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permits);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        _time = time;
        _kind = kind;
        _permits = permits;
        _period = period;
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>The number of keys held; idle ones go at the next sweep.</summary>
    public int KeyCount
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>Takes one permit from <paramref name="key"/>'s budget; false (with when one is free again) when it is used up.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(key);
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastSweep >= SweepInterval)
            {
                Sweep(now);
            }

            KeyState state = _keys.TryGetValue(key, out KeyState existing) ? Advance(existing, now) : Fresh(now);
            if (state.Available < 1)
            {
                _keys[key] = state;
                retryAfter = WaitForOne(state, now);
                return false;
            }

            _keys[key] = state with { Available = state.Available - 1 };
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private KeyState Fresh(DateTimeOffset now) => new(now, _permits);

    // A window restarts once its period is over; a bucket gains permits/period tokens per unit of time, up to permits.
    private KeyState Advance(KeyState state, DateTimeOffset now)
    {
        TimeSpan elapsed = now - state.Since;
        if (_kind == LimiterKind.FixedWindow)
        {
            return elapsed >= _period ? Fresh(now) : state;
        }

        if (elapsed >= _period)
        {
            return Fresh(now);
        }

        // In ticks, so that whole tokens come out whole (3 minutes at 60 an hour is 3.0, not 2.9999…).
        double refilled = state.Available + ((double)(_permits * elapsed.Ticks) / _period.Ticks);
        return new KeyState(now, Math.Min(_permits, refilled));
    }

    private TimeSpan WaitForOne(KeyState state, DateTimeOffset now) => _kind == LimiterKind.FixedWindow
        ? state.Since + _period - now
        : _period * ((1 - state.Available) / _permits);

    private void Sweep(DateTimeOffset now)
    {
        _lastSweep = now;
        foreach ((string key, KeyState state) in _keys)
        {
            if (Advance(state, now).Available >= _permits)
            {
                _keys.Remove(key); // removing during enumeration is allowed for Dictionary since .NET Core 3.0
            }
        }
    }

    /// <summary>For a window: when it began and the permits left; for a bucket: when it was last refilled and the tokens in it.</summary>
    private readonly record struct KeyState(DateTimeOffset Since, double Available);
}
