namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>Ownership cases for the audit log: coalition admins only; it spans every organisation by design.</summary>
public sealed class AuditCases : IOwnershipCases
{
    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "GET", Route = "/api/v1/audit", Reach = OwnershipCase.AdminsOnly,
            Request = owner => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/audit?organisationId={owner.OrganisationId}&limit=5"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/audit/export", Reach = OwnershipCase.AdminsOnly,
            Request = _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit/export"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/audit/verify", Reach = OwnershipCase.AdminsOnly,
            Request = _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit/verify"),
        },
    ];
}
