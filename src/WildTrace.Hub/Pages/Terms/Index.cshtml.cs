using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Terms;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Pages.Terms;

/// <summary>The term browser: search and filter, 50 terms a page in id order.</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class IndexModel(WildTraceDb db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public TermPageResponse Results { get; private set; } = new([], null);

    public static IReadOnlyList<TermState> States { get; } = Enum.GetValues<TermState>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(User, out HubActor actor) || !TermSearch.TryParseState(State, out TermState? state))
        {
            State = null;
            return;
        }

        Results = await new TermSearch(Q, Language, State: state).RunAsync(db, actor, After, PageSize, cancellationToken);
    }

    public string NextUrl() =>
        QueryHelpers(new Dictionary<string, string?> { ["q"] = Q, ["language"] = Language, ["state"] = State, ["after"] = Results.Next });

    private static string QueryHelpers(Dictionary<string, string?> values) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Terms", values.Where(v => !string.IsNullOrEmpty(v.Value)));
}
