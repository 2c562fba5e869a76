namespace WildTrace.Hub.Learning;

/// <summary>How much evidence <see cref="TermMiner"/> wants before it calls a key a candidate.</summary>
/// <param name="MinConfirmedCases">Distinct confirmed cases the key must occur in.</param>
/// <param name="MinScore">Lowest <see cref="TermCandidate.Score"/> kept (see <see cref="TermMiner"/> for the scale).</param>
internal sealed record MiningThresholds(int MinConfirmedCases = 2, double MinScore = 0.5);
