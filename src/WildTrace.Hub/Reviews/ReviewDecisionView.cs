using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>A decision as the workbench shows it; an automatic one has reviewer <c>auto:triage</c> and its rule in the note.</summary>
internal sealed record ReviewDecisionView(
    string Verdict, string Reviewer, string PolicyClause, string Taxon, string Product, string Note, DateTimeOffset DecidedAt, bool IsAutomatic)
{
    public static ReviewDecisionView From(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ReviewDecisionView(ReviewCaseSummary.Camel(decision.Verdict.ToString()), decision.Reviewer, decision.PolicyClause,
            decision.Taxon, decision.Product, decision.Note, decision.DecidedAt, decision.IsAutomatic);
    }
}
