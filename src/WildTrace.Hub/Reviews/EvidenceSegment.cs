namespace WildTrace.Hub.Reviews;

/// <summary>A run of a listing's text; <see cref="TermId"/> is set when the engine matched a term there.</summary>
internal sealed record EvidenceSegment(string Text, string? TermId, string? Method);
