namespace WildTrace.Storage.Members;

/// <summary>A coalition member: a platform, a conservation partner, a law-enforcement agency, or the coalition itself.</summary>
public sealed class Organisation
{
    public const int MaxNameLength = 200;

    public long Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
