using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Learning;

namespace WildTrace.Hub.Pages.Reviews;

/// <summary>New-term candidates mined from decided cases, and the button that files the best of them for curation.</summary>
internal sealed class TermCandidatesModel(TermProposer proposer, IOptions<LearningOptions> options) : PageModel
{
    private const int Shown = 50;

    public IReadOnlyList<TermCandidate> Candidates { get; private set; } = [];

    /// <summary>The run the button just made; null on a plain visit.</summary>
    public ProposalRun? Run { get; private set; }

    public int ProposalsPerRun => options.Value.ProposalsPerRun;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Candidates = await proposer.FindCandidatesAsync(Shown, cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Run = await proposer.ProposeAsync(cancellationToken);
        Candidates = await proposer.FindCandidatesAsync(Shown, cancellationToken);
    }
}
