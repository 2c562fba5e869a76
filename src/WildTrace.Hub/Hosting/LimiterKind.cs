namespace WildTrace.Hub.Hosting;

/// <summary>How a <see cref="KeyedLimiter"/> spends and returns permits.</summary>
internal enum LimiterKind
{
    /// <summary>A fixed number per period, all returned when the period ends: a hard cap that is easy to explain.</summary>
    FixedWindow,

    /// <summary>A bucket refilled evenly over the period: bursts up to its size, then a steady rate.</summary>
    TokenBucket,
}
