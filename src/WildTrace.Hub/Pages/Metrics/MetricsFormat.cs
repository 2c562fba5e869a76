using System.Globalization;

namespace WildTrace.Hub.Pages.Metrics;

/// <summary>How the metrics page writes numbers: invariant culture, one decimal, and "—" where nothing was measured.</summary>
internal static class MetricsFormat
{
    public const string None = "\u2014";

    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    public static string Hours(double? hours) =>
        hours is { } h ? h.ToString("0.0", CultureInfo.InvariantCulture) + " h" : None;

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
