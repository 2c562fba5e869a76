namespace WildTrace.Hub.Reports;

/// <summary>The result of <see cref="ReportIntake.SubmitAsync"/>: a receipt, or a problem for the reporter.</summary>
internal sealed record ReportOutcome(ReportReceiptResponse? Receipt, int Status, string ProblemType, string Title, string Detail)
{
    public static ReportOutcome Accepted(ReportReceiptResponse receipt) => new(receipt, StatusCodes.Status201Created, "", "", "");

    public static ReportOutcome Refused(int status, string type, string title, string detail) => new(null, status, type, title, detail);
}
