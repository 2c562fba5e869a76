namespace WildTrace.Storage.Takedowns;

/// <summary>
/// What a member platform did on one day in one category: the numbers the coalition's progress report adds up
/// (listings blocked or removed, accounts actioned). One row per organisation × day × category; a second report
/// for the same key replaces the first.
/// </summary>
public sealed class TakedownReport
{
    public const int MaxCategoryLength = 64;

    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>A policy category such as <c>ivory</c>, <c>pangolin</c>, <c>live-primate</c>.</summary>
    public required string Category { get; set; }

    public int ListingsBlocked { get; set; }

    public int ListingsRemoved { get; set; }

    public int AccountsActioned { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
}
