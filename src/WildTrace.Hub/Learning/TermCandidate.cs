namespace WildTrace.Hub.Learning;

/// <summary>
/// A word, word pair or character n-gram that confirmed listings share and the term database lacks.
/// <see cref="Text"/> is what sellers typed (the most common original form); <see cref="Normalized"/> is the key the
/// evidence was counted under. <see cref="Score"/> is explained in <see cref="TermMiner"/>.
/// </summary>
internal sealed record TermCandidate(
    string Text, string Normalized, string Language, int ConfirmedCases, int RejectedCases, double Score,
    IReadOnlyList<long> SampleCaseIds, string Taxon);
