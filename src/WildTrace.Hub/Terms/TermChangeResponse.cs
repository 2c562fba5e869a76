namespace WildTrace.Hub.Terms;

/// <summary>One change: the term as it now is, or a tombstone (<see cref="IsRemoved"/>, no term) once it was retired or rejected.</summary>
internal sealed record TermChangeResponse(long Revision, string Id, bool IsRemoved, TermResponse? Term);
