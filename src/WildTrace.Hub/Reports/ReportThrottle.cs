using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Reports;

/// <summary>
/// The reports' own rate limit, stricter than the hub-wide one: a fixed hourly window per IP address for anonymous
/// reporters and a token bucket per signed-in spotter. Checked by the intake itself, so the API and the web form share
/// one budget per caller. Singleton; thread-safe.
/// </summary>
internal sealed class ReportThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ReportThrottle(IOptions<ReportOptions> options)
    {
        ReportOptions limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => key.StartsWith("ip:", StringComparison.Ordinal)
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.ReportsPerAddressPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.ReportsPerSpotterPerHour,
                TokensPerPeriod = Math.Max(1, limits.ReportsPerSpotterPerHour / 60),
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    /// <summary>Takes one report from the caller's budget; false (with when to retry) when it is used up.</summary>
    public bool TryAcquire(HttpContext http, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        string key = HubActor.TryFrom(http.User, out HubActor actor)
            ? actor.Name
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        using RateLimitLease lease = _limiter.AttemptAcquire(key);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public static string Seconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();
}
