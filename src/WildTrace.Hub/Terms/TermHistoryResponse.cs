using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>One curation step: the state change, who made it and why.</summary>
internal sealed record TermHistoryResponse(TermState? FromState, TermState ToState, string Actor, string? Comment, DateTimeOffset At)
{
    public static TermHistoryResponse From(TermHistoryEntry h) => new(h.FromState, h.ToState, h.Actor, h.Comment, h.At);
}
