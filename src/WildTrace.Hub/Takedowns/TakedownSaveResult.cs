namespace WildTrace.Hub.Takedowns;

/// <summary>The outcome of a save: what changed, or (<see cref="Errors"/> not empty) why nothing was saved.</summary>
internal sealed record TakedownSaveResult(TakedownSaveResponse? Saved, IDictionary<string, string[]> Errors);
