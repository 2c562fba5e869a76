namespace WildTrace.Hub.Takedowns;

/// <summary>How many reports a batch created, replaced, or left as they were (same numbers sent again).</summary>
internal sealed record TakedownSaveResponse(int Created, int Replaced, int Unchanged);
