using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Reports;

/// <summary>Limits for public reports (<c>Hub:Reports</c>). The public form is the hub's most exposed door.</summary>
internal sealed class ReportOptions
{
    public const string Section = "Hub:Reports";

    /// <summary>Largest screenshot file. 5 MB holds a full-page phone screenshot as PNG.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxScreenshotBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest decoded screenshot (width × height). 40 megapixels is above any phone screen; decoding costs 4 bytes a pixel.</summary>
    [Range(1, 200_000_000)]
    public long MaxScreenshotPixels { get; set; } = 40_000_000;

    [Range(0, 20)]
    public int MaxScreenshots { get; set; } = 5;

    /// <summary>Reports an anonymous address may file per hour. Cyber Spotter volunteers flag tens a week, not hundreds an hour.</summary>
    [Range(1, 1_000_000)]
    public int ReportsPerAddressPerHour { get; set; } = 30;

    /// <summary>Reports a signed-in spotter may file per hour.</summary>
    [Range(1, 1_000_000)]
    public int ReportsPerSpotterPerHour { get; set; } = 120;

    /// <summary>Service-level target for a first decision; older open cases are shown as overdue.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ReviewTarget { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Largest request body: every screenshot at its limit plus the text fields.</summary>
    public long MaxBodyBytes => ((long)MaxScreenshots * MaxScreenshotBytes) + (64 * 1024);
}
