namespace WildTrace.Storage.Terms;

/// <summary>One curation step of a term (proposed, edited, approved, rejected, retired), shown as its history.</summary>
public sealed class TermHistoryEntry
{
    public const int MaxActorLength = 100;
    public const int MaxCommentLength = 1000;

    public long Id { get; set; }

    public long TermRecordId { get; set; }

    public TermRecord? TermRecord { get; set; }

    public TermState? FromState { get; set; }

    public TermState ToState { get; set; }

    public required string Actor { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
