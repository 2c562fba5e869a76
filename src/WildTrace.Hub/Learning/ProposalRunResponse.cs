using WildTrace.Hub.Terms;

namespace WildTrace.Hub.Learning;

/// <summary>The terms one proposal run filed (state proposed), with how many candidates it ranked and how many curation refused.</summary>
internal sealed record ProposalRunResponse(IReadOnlyList<TermResponse> Filed, int Candidates, int Skipped)
{
    public static ProposalRunResponse From(ProposalRun run) => new([.. run.Filed.Select(TermResponse.From)], run.Candidates, run.Skipped);
}
