namespace WildTrace.Storage.Audit;

/// <summary>
/// One write in the hub, in an append-only chain: <see cref="Hash"/> = SHA-256 over the previous entry's hash and this
/// entry's canonical fields, so that removing or editing any entry breaks every hash after it. Rows are never updated.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 100;
    public const int MaxActionLength = 100;
    public const int MaxSubjectLength = 200;
    public const int MaxDetailLength = 4000;

    /// <summary>Also the position in the chain: entries are hashed in <see cref="Id"/> order.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who acted: <c>user:{id}</c>, <c>key:{keyId}</c> or <c>system</c>. Never a secret or an e-mail address.</summary>
    public required string Actor { get; set; }

    /// <summary>The organisation the actor acted for; null for the system.</summary>
    public long? OrganisationId { get; set; }

    /// <summary>A stable verb such as <c>term.approve</c> or <c>apikey.revoke</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What was acted on, such as <c>term:ivory-en</c> or <c>apikey:Ab12Cd34Ef56</c>.</summary>
    public required string Subject { get; set; }

    /// <summary>Compact JSON with the facts of the change; never listing text, keys or personal data.</summary>
    public string? Detail { get; set; }

    public required byte[] PreviousHash { get; set; }

    public required byte[] Hash { get; set; }
}
