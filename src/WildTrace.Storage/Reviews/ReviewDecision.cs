namespace WildTrace.Storage.Reviews;

/// <summary>One analyst's decision on a case, with the reason the learning loop and the platform read.</summary>
public sealed class ReviewDecision
{
    public const int MaxActorLength = 64;
    public const int MaxReasonLength = 100;
    public const int MaxNoteLength = 1000;

    public long Id { get; set; }

    public long CaseId { get; set; }

    public ReviewVerdict Verdict { get; set; }

    /// <summary>The analyst's audit name (<c>user:{id}</c> or <c>key:{keyId}</c>).</summary>
    public required string Reviewer { get; set; }

    /// <summary>The policy clause the decision rests on (e.g. <c>prohibited-wildlife-products</c>).</summary>
    public string PolicyClause { get; set; } = "";

    public string Taxon { get; set; } = "";

    public string Product { get; set; } = "";

    public string Note { get; set; } = "";

    /// <summary>True when triage decided by policy without an analyst.</summary>
    public bool IsAutomatic { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
