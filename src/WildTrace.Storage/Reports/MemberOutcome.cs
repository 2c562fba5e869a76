namespace WildTrace.Storage.Reports;

/// <summary>What the platform did with a confirmed listing, as its reviewers reported it.</summary>
public enum MemberOutcome
{
    /// <summary>The listing was taken down.</summary>
    Removed = 0,

    /// <summary>The platform found that the listing does not break its policy.</summary>
    NotViolating = 1,

    /// <summary>The listing was gone before the platform acted.</summary>
    AlreadyGone = 2,
}
