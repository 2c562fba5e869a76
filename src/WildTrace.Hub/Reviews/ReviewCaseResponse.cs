namespace WildTrace.Hub.Reviews;

/// <summary>
/// A case with its evidence and decisions, for the workbench. <see cref="CanOverturn"/>: the case stands confirmed by
/// policy alone, so an analyst may overturn it.
/// </summary>
internal sealed record ReviewCaseResponse(
    ReviewCaseSummary Case, IReadOnlyList<ReviewReport> Reports, IReadOnlyList<ReviewDecisionView> Decisions, bool CanEscalate,
    bool CanOverturn);
