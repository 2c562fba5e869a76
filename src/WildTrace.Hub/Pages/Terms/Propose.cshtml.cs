using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Terms;
using WildTrace.Storage;

namespace WildTrace.Hub.Pages.Terms;

/// <summary>Propose a term with the source that supports it; curators review it on the term's page.</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class ProposeModel(WildTraceDb db, TermCuration curation) : PageModel
{
    [BindProperty]
    public string TermText { get; set; } = "";

    [BindProperty]
    public string Language { get; set; } = "";

    [BindProperty]
    public string Kind { get; set; } = "code-word";

    [BindProperty]
    public string Category { get; set; } = "";

    [BindProperty]
    public string? Species { get; set; }

    [BindProperty]
    public string Source { get; set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(User, out HubActor actor))
        {
            return Forbid();
        }

        ProposeTermRequest request = new(TermText, Language, Kind, Category, Source, Species, Comment: Comment);
        TermCuration.Outcome outcome = await curation.ProposeAsync(db, actor, request, cancellationToken);
        if (outcome.Term is { } term)
        {
            return RedirectToPage("/Terms/Term", new { termId = term.TermId });
        }

        Error = outcome.Error;
        return Page();
    }
}
