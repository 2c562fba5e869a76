using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Reports;

/// <summary>
/// The reports' own rate limit, stricter than the hub-wide one: a fixed hourly window per IP address for anonymous
/// reporters and a token bucket per signed-in spotter. Checked by the intake itself, so the API and the web form share
/// one budget per caller. Both read the injected <see cref="TimeProvider"/>. Singleton; thread-safe.
/// </summary>
internal sealed class ReportThrottle(IOptions<ReportOptions> options, TimeProvider time)
{
    private static readonly TimeSpan s_hour = TimeSpan.FromHours(1);

    private readonly KeyedLimiter _addresses = new(time, LimiterKind.FixedWindow, options.Value.ReportsPerAddressPerHour, s_hour);
    private readonly KeyedLimiter _spotters = new(time, LimiterKind.TokenBucket, options.Value.ReportsPerSpotterPerHour, s_hour);

    /// <summary>Takes one report from the caller's budget; false (with when to retry) when it is used up.</summary>
    public bool TryAcquire(HttpContext http, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        return HubActor.TryFrom(http.User, out HubActor actor)
            ? _spotters.TryAcquire(actor.Name, out retryAfter)
            : _addresses.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", out retryAfter);
    }
}
