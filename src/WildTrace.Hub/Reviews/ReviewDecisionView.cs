using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>A decision as the workbench shows it.</summary>
internal sealed record ReviewDecisionView(string Verdict, string Reviewer, string PolicyClause, string Taxon, string Product, string Note, DateTimeOffset DecidedAt)
{
    public static ReviewDecisionView From(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ReviewDecisionView(ReviewCaseSummary.Camel(decision.Verdict.ToString()), decision.Reviewer, decision.PolicyClause,
            decision.Taxon, decision.Product, decision.Note, decision.DecidedAt);
    }
}
