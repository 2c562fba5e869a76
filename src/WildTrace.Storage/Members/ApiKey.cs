namespace WildTrace.Storage.Members;

/// <summary>
/// A machine credential. The caller holds <c>wtk_{KeyId}_{secret}</c>; the hub stores only <see cref="KeyId"/> (to find
/// the row) and SHA-256 of the 256-bit random secret. A fast hash is right here: the secret has full entropy, so there is
/// nothing for a memory-hard hash to protect against, and it is checked on every request.
/// </summary>
public sealed class ApiKey
{
    public const int KeyIdLength = 12;
    public const int MaxNameLength = 100;

    public long Id { get; set; }

    /// <summary>The public, random part of the key that identifies it in logs, the UI and the audit log.</summary>
    public required string KeyId { get; set; }

    public required byte[] SecretHash { get; set; }

    public required string Name { get; set; }

    public long OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public HubRole Role { get; set; }

    public long? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Updated at most once a minute per key, so that a busy key does not turn every scan into a write.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
