namespace WildTrace.Hub.Reports;

/// <summary>A report as the API or the form received it: the fields, and each screenshot file's bytes.</summary>
internal sealed record ReportSubmission(ReportRequest Request, IReadOnlyList<byte[]> Screenshots);
