using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Learning;

/// <summary>What one <see cref="TermProposer"/> run did: the terms it filed, how many candidates it ranked, how many curation refused.</summary>
internal sealed record ProposalRun(IReadOnlyList<TermRecord> Filed, int Candidates, int Skipped);
