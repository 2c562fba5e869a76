namespace WildTrace.Hub.Webhooks;

/// <summary>
/// When to retry a failed delivery: the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h,
/// 24 h), about three days in all, then give up. No jitter: deliveries are spread by when their cases were confirmed,
/// and a fixed schedule keeps the retry tests exact.
/// </summary>
internal static class WebhookSchedule
{
    private static readonly TimeSpan[] s_delays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
        TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24),
    ];

    /// <summary>The wait after failed attempt number <paramref name="attempts"/> (1-based); null when it was the last.</summary>
    public static TimeSpan? DelayAfter(int attempts) => attempts >= 1 && attempts <= s_delays.Length ? s_delays[attempts - 1] : null;
}
