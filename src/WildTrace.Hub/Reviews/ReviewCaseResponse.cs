namespace WildTrace.Hub.Reviews;

/// <summary>A case with its evidence and decisions, for the workbench.</summary>
internal sealed record ReviewCaseResponse(
    ReviewCaseSummary Case, IReadOnlyList<ReviewReport> Reports, IReadOnlyList<ReviewDecisionView> Decisions, bool CanEscalate);
