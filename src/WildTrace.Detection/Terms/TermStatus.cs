namespace WildTrace.Detection.Terms;

/// <summary>Where a term stands in curation. Term packs carry only <see cref="Approved"/> terms.</summary>
public enum TermStatus
{
    /// <summary>Reviewed and in use.</summary>
    Approved = 0,

    /// <summary>Suggested, waiting for review; not shipped in term packs.</summary>
    Proposed = 1,

    /// <summary>No longer in use; kept so that its id is never reused, and sent to members as a tombstone.</summary>
    Retired = 2,
}
