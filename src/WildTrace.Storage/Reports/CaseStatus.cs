namespace WildTrace.Storage.Reports;

/// <summary>Where a <see cref="ReportCase"/> is in review; docs/design/spotter-review.md draws the transitions.</summary>
public enum CaseStatus
{
    /// <summary>Triaged and waiting in the analysts' queue.</summary>
    Open = 0,

    /// <summary>An analyst confirmed it; it went to the platform's queue (and webhook).</summary>
    Confirmed = 1,

    /// <summary>An analyst found nothing actionable.</summary>
    Rejected = 2,

    /// <summary>A second analyst agreed, and the case went to law enforcement.</summary>
    Escalated = 3,
}
