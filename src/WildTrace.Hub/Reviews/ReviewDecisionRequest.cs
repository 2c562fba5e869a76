using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>An analyst's decision. A rejection needs a policy clause; an escalation needs an earlier confirmation by someone else.</summary>
internal sealed record ReviewDecisionRequest(
    ReviewVerdict Verdict,
    [property: MaxLength(ReviewDecision.MaxReasonLength)] string? PolicyClause = null,
    [property: MaxLength(ReportCase.MaxTaxonLength)] string? Taxon = null,
    [property: MaxLength(ReviewDecision.MaxReasonLength)] string? Product = null,
    [property: MaxLength(ReviewDecision.MaxNoteLength)] string? Note = null);
