using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Takedowns;

namespace WildTrace.Hub.Pages.Takedowns;

/// <summary>The takedown report form (members who report) and the reports of the last 31 days with totals.</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class IndexModel(TakedownService takedowns, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string Day { get; set; } = "";

    [BindProperty]
    public string Category { get; set; } = "";

    [BindProperty]
    public int ListingsBlocked { get; set; }

    [BindProperty]
    public int ListingsRemoved { get; set; }

    [BindProperty]
    public int AccountsActioned { get; set; }

    public bool CanReport { get; private set; }

    public TakedownListResponse? Reports { get; private set; }

    public string? Message { get; private set; }

    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public static IReadOnlyList<string> Categories => TakedownCategories.Sorted;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Day = TakedownService.Format(takedowns.Today);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, HubPolicies.Takedowns)).Succeeded)
        {
            return Forbid();
        }

        TakedownSaveResult result = await takedowns.SaveAsync(
            Actor(), [new TakedownBatchItem(Day, Category, ListingsBlocked, ListingsRemoved, AccountsActioned)], cancellationToken);
        if (result.Saved is { } saved)
        {
            Message = saved.Created > 0 ? "Report saved." : saved.Replaced > 0 ? "Report replaced." : "Nothing changed: the same numbers were already reported.";
        }
        else
        {
            Errors = result.Errors;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The messages for one form field (the service names them after the batch item, <c>reports[0].day</c>).</summary>
    public string? ErrorFor(string field) =>
        Errors.TryGetValue($"reports[0].{field}", out string[]? messages) ? string.Join(" ", messages)
        : field == "counts" && Errors.TryGetValue("reports[0]", out messages) ? string.Join(" ", messages)
        : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanReport = (await authorization.AuthorizeAsync(User, HubPolicies.Takedowns)).Succeeded;
        DateOnly today = takedowns.Today;
        Reports = await takedowns.ListAsync(Actor(), today.AddDays(-30), today, null, cancellationToken);
    }

    // The page's policy admits only authenticated callers with a role, so the actor is always there.
    private HubActor Actor() =>
        HubActor.TryFrom(User, out HubActor actor) ? actor : throw new InvalidOperationException("No hub actor on an authorized page.");
}
