namespace WildTrace.Storage.Terms;

/// <summary>Where a term is in curation. Only <see cref="Approved"/> terms are scanned for and published in packs.</summary>
public enum TermState
{
    Proposed = 0,
    Approved = 1,
    Retired = 2,
    Rejected = 3,
}
