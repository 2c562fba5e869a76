namespace WildTrace.Hub.Audit;

/// <summary>
/// The result of walking the audit chain: intact, how many entries were checked, and the id of the first entry whose
/// stored hashes do not follow from the entry before it (null when intact).
/// </summary>
internal sealed record AuditVerification(bool IsIntact, long Entries, long? FirstBrokenId);
