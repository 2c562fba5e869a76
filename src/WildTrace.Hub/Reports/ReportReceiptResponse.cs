namespace WildTrace.Hub.Reports;

/// <summary>What a reporter gets back: the private follow-up link (shown only now) and whether the case already existed.</summary>
internal sealed record ReportReceiptResponse(long ReportId, long CaseId, string FollowUpUrl, bool IsDuplicate, int ReporterCount);
