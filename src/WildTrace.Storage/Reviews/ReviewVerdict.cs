namespace WildTrace.Storage.Reviews;

/// <summary>What one analyst decided about a case.</summary>
public enum ReviewVerdict
{
    /// <summary>The listing offers prohibited wildlife: send it to the platform.</summary>
    Confirm = 0,

    /// <summary>Nothing actionable (with a reason).</summary>
    Reject = 1,

    /// <summary>A second analyst agrees with a confirmation and sends the case to law enforcement.</summary>
    Escalate = 2,

    /// <summary>An analyst undoes an automatic confirmation (with a reason): the case is rejected and the routed member told.</summary>
    Overturn = 3,
}
