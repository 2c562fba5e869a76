namespace WildTrace.Storage.Reports;

/// <summary>A screenshot attached to a report, re-encoded by the hub so that no metadata (EXIF, GPS, XMP) survives.</summary>
public sealed class ReportScreenshot
{
    public const int MaxContentTypeLength = 32;
    public const int PdqHexLength = 64;

    public long Id { get; set; }

    public long ReportId { get; set; }

    public SpotterReport? Report { get; set; }

    public long CaseId { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>PDQ of the re-encoded image, 64 lower-case hex digits: the near-duplicate key.</summary>
    public required string Pdq { get; set; }
}
