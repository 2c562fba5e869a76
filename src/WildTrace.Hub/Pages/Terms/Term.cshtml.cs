using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Terms;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Pages.Terms;

/// <summary>One term: its fields, its history, and the curator's approve / reject / retire buttons.</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class TermModel(WildTraceDb db, TermCuration curation, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string TermId { get; set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    public TermDetailResponse? Detail { get; private set; }

    public bool IsCurator { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) => DecideAsync(TermState.Proposed, TermState.Approved, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) => DecideAsync(TermState.Proposed, TermState.Rejected, cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(CancellationToken cancellationToken) => DecideAsync(TermState.Approved, TermState.Retired, cancellationToken);

    private async Task<IActionResult> DecideAsync(TermState from, TermState to, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, HubPolicies.Curator)).Succeeded || !HubActor.TryFrom(User, out HubActor actor))
        {
            return Forbid();
        }

        TermCuration.Outcome outcome = await curation.DecideAsync(db, actor, TermId, from, to, Comment, cancellationToken);
        if (outcome.Term is not null)
        {
            return RedirectToPage("/Terms/Term", new { termId = TermId });
        }

        Error = outcome.Error;
        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(User, out HubActor actor))
        {
            return Forbid();
        }

        Detail = await TermSearch.FindAsync(db, actor, TermId, cancellationToken);
        IsCurator = (await authorization.AuthorizeAsync(User, HubPolicies.Curator)).Succeeded;
        return Detail is null ? NotFound() : Page();
    }
}
