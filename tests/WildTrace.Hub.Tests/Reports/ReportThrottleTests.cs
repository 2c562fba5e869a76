using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Reports;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Reports;

public sealed class ReportThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Address_over_its_hourly_limit_is_refused_until_the_hour_is_over()
    {
        ReportThrottle throttle = Throttle(perAddress: 3, perSpotter: 100);
        HttpContext caller = FromAddress("203.0.113.7");
        bool[] firstThree = [.. Enumerable.Range(0, 3).Select(i => throttle.TryAcquire(caller, out _))];
        _time.Advance(TimeSpan.FromMinutes(20));

        bool fourth = throttle.TryAcquire(caller, out TimeSpan retryAfter);
        _time.Advance(TimeSpan.FromMinutes(40));
        bool nextHour = throttle.TryAcquire(caller, out _);

        Assert.All(firstThree, Assert.True);
        Assert.False(fourth);
        Assert.Equal(TimeSpan.FromMinutes(40), retryAfter);
        Assert.Equal("2400", HubRateLimits.RetryAfterSeconds(retryAfter));
        Assert.True(nextHour);
    }

    [Fact]
    public void Different_addresses_have_independent_budgets()
    {
        ReportThrottle throttle = Throttle(perAddress: 1, perSpotter: 100);
        HttpContext first = FromAddress("203.0.113.7");
        HttpContext second = FromAddress("198.51.100.9");
        Assert.True(throttle.TryAcquire(first, out _));

        bool firstAgain = throttle.TryAcquire(first, out _);
        bool secondFirst = throttle.TryAcquire(second, out _);

        Assert.False(firstAgain);
        Assert.True(secondFirst);
    }

    [Fact]
    public void Spotter_bucket_refills_gradually_not_all_at_once()
    {
        ReportThrottle throttle = Throttle(perAddress: 1, perSpotter: 60);
        HttpContext spotter = SignedIn("user:42");
        int burst = Enumerable.Range(0, 100).Count(i => throttle.TryAcquire(spotter, out _));
        bool empty = throttle.TryAcquire(spotter, out TimeSpan retryAfter);

        _time.Advance(TimeSpan.FromMinutes(3));
        int afterThreeMinutes = Enumerable.Range(0, 100).Count(i => throttle.TryAcquire(spotter, out _));

        Assert.Equal(60, burst);
        Assert.False(empty);
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
        Assert.Equal(3, afterThreeMinutes);
    }

    [Fact]
    public void Signed_in_spotter_does_not_spend_the_budget_of_their_address()
    {
        ReportThrottle throttle = Throttle(perAddress: 1, perSpotter: 5);
        HttpContext spotter = SignedIn("user:7");
        spotter.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        Assert.True(throttle.TryAcquire(spotter, out _));

        bool anonymousOnSameAddress = throttle.TryAcquire(FromAddress("203.0.113.7"), out _);

        Assert.True(anonymousOnSameAddress);
    }

    [Fact]
    public void Idle_keys_are_dropped_so_memory_stays_bounded()
    {
        KeyedLimiter limiter = new(_time, LimiterKind.FixedWindow, permits: 2, TimeSpan.FromHours(1));
        foreach (int i in Enumerable.Range(0, 1000))
        {
            limiter.TryAcquire("ip:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), out _);
        }

        int before = limiter.KeyCount;
        _time.Advance(TimeSpan.FromHours(1));
        limiter.TryAcquire("ip:new", out _);

        Assert.Equal(1000, before);
        Assert.Equal(1, limiter.KeyCount);
    }

    [Fact]
    public void Partly_used_bucket_is_kept_until_it_has_refilled()
    {
        KeyedLimiter limiter = new(_time, LimiterKind.TokenBucket, permits: 12, TimeSpan.FromHours(1));
        Enumerable.Range(0, 12).ToList().ForEach(i => limiter.TryAcquire("user:1", out _));

        _time.Advance(TimeSpan.FromMinutes(30));
        limiter.TryAcquire("user:2", out _);
        int halfway = limiter.KeyCount;
        _time.Advance(TimeSpan.FromMinutes(31));
        limiter.TryAcquire("user:3", out _);

        Assert.Equal(2, halfway);
        Assert.Equal(1, limiter.KeyCount);
    }

    private ReportThrottle Throttle(int perAddress, int perSpotter) =>
        new(Options.Create(new ReportOptions { ReportsPerAddressPerHour = perAddress, ReportsPerSpotterPerHour = perSpotter }), _time);

    private static DefaultHttpContext FromAddress(string address)
    {
        DefaultHttpContext http = new();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return http;
    }

    private static DefaultHttpContext SignedIn(string actorName) =>
        new() { User = new ClaimsPrincipal(new ClaimsIdentity(new HubActor(actorName, 3, HubRole.Spotter).ToClaims(), "test")) };
}
