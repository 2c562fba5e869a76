namespace WildTrace.Storage.Terms;

/// <summary>
/// One term of the hub's term database. On first start the hub seeds it from the bundled signed pack; curation changes
/// it from then on. The fields mirror <see cref="WildTrace.Detection.Terms.Term"/> so that a record becomes a term without
/// loss. <see cref="Revision"/> orders changes for the delta feed (<c>/api/v1/terms/changes?since=</c>).
/// </summary>
public sealed class TermRecord
{
    public const int MaxTermIdLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxLanguageLength = 35; // BCP 47 tags used in practice stay far below RFC 5646's limits
    public const int MaxShortFieldLength = 64;
    public const int MaxSourceLength = 500;
    public const int MaxContextLength = 500;

    public long Id { get; set; }

    /// <summary>The term's stable id, shared with packs and deltas (e.g. <c>en-ivory</c>).</summary>
    public required string TermId { get; set; }

    public required string Text { get; set; }

    public required string Language { get; set; }

    public required string Kind { get; set; }

    public required string Category { get; set; }

    public string Species { get; set; } = "";

    public string Product { get; set; } = "";

    public double Weight { get; set; }

    public string Context { get; set; } = "";

    /// <summary>The citation that supports the term; required for approval.</summary>
    public string Source { get; set; } = "";

    public TermState State { get; set; }

    public long? ProposedByOrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set from <see cref="WildTrace.Storage.Feeds.FeedSequence"/> on every change; strictly increasing per feed.</summary>
    public long Revision { get; set; }
}
