using Microsoft.Extensions.Options;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// The per-address sign-up limit: a fixed one-hour window per IP address, counted on the injected
/// <see cref="TimeProvider"/> (the framework's rate limiters read the system clock, which tests cannot move). Singleton;
/// thread-safe.
/// </summary>
internal sealed class SignUpThrottle(IOptions<SpotterOptions> options, TimeProvider time)
{
    private static readonly TimeSpan s_window = TimeSpan.FromHours(1);

    // Bounds memory under a flood from many addresses; expired windows are dropped first. When every tracked window
    // is still live, new addresses wait: sign-ups pause for everyone rather than the hub running out of memory.
    private const int MaxTrackedAddresses = 100_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt from <paramref name="address"/>; false (with when to retry) when the hour's budget is spent.</summary>
    public bool TryAcquire(string address, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(address);
        DateTimeOffset now = time.GetUtcNow();
        int limit = options.Value.SignUpsPerAddressPerHour;
        lock (_gate)
        {
            if (!_windows.TryGetValue(address, out (DateTimeOffset Start, int Count) window) || now - window.Start >= s_window)
            {
                if (_windows.Count >= MaxTrackedAddresses && !Prune(now))
                {
                    retryAfter = TimeSpan.FromMinutes(1);
                    return false;
                }

                window = (now, 0);
            }

            if (window.Count >= limit)
            {
                retryAfter = window.Start + s_window - now;
                return false;
            }

            _windows[address] = (window.Start, window.Count + 1);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Drops expired windows; true when there is room again.</summary>
    private bool Prune(DateTimeOffset now)
    {
        foreach (string expired in _windows.Where(w => now - w.Value.Start >= s_window).Select(w => w.Key).ToList())
        {
            _windows.Remove(expired);
        }

        return _windows.Count < MaxTrackedAddresses;
    }
}
