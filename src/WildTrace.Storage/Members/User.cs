namespace WildTrace.Storage.Members;

/// <summary>A person who signs in to the web UI. Belongs to exactly one organisation and holds one role there.</summary>
public sealed class User
{
    public const int MaxEmailLength = 320; // RFC 5321 path limit
    public const int MaxDisplayNameLength = 200;
    public const int MaxPasswordHashLength = 256;

    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>Stored lower-cased (invariant) so that sign-in is case-insensitive on both providers.</summary>
    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public HubRole Role { get; set; }

    /// <summary>An encoded memory-hard hash (algorithm, parameters, salt and hash in one string); never the password.</summary>
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }
}
