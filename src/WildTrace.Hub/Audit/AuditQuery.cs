namespace WildTrace.Hub.Audit;

/// <summary>Filters for listing the audit log, newest first; all optional and combined with AND.</summary>
internal sealed record AuditQuery(
    string? Action, string? Actor, string? Subject, long? OrganisationId, DateTimeOffset? From, DateTimeOffset? To, long? Before, int Limit);
