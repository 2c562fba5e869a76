using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// The per-address sign-up limit: a fixed one-hour window per IP address on the injected <see cref="TimeProvider"/>
/// (the framework's rate limiters read the system clock, which tests cannot move). Singleton; thread-safe.
/// </summary>
internal sealed class SignUpThrottle(IOptions<SpotterOptions> options, TimeProvider time)
{
    private readonly KeyedLimiter _addresses =
        new(time, LimiterKind.FixedWindow, options.Value.SignUpsPerAddressPerHour, TimeSpan.FromHours(1));

    /// <summary>Counts one attempt from <paramref name="address"/>; false (with when to retry) when the hour's budget is spent.</summary>
    public bool TryAcquire(string address, out TimeSpan retryAfter) => _addresses.TryAcquire(address, out retryAfter);
}
