using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Reviews;
using WildTrace.Storage;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Pages.Reviews;

/// <summary>One case in the workbench: evidence with the engine's matches marked, and the decision forms.</summary>
internal sealed class ReviewCaseModel(ReviewEvidence evidence, ReviewDesk desk, ReviewQueue queue, WildTraceDb db) : PageModel
{
    public static IReadOnlyList<string> ConfirmClauses { get; } =
        [ReviewDesk.DefaultPolicyClause, "live-protected-animals", "medicinal-derivatives"];

    public static IReadOnlyList<string> RejectReasons { get; } =
        ["not-wildlife", "legal-with-papers", "news-or-conservation", "insufficient-evidence", "listing-unavailable"];

    public ReviewCaseResponse Case { get; private set; } = null!; // set by the handlers before the page renders

    public long? NextId { get; private set; }

    public long? PreviousId { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The automatic confirmation the case stands on (its note names the rule and the evidence); null otherwise.</summary>
    public ReviewDecisionView? AutomaticConfirmation =>
        Case.Case.Status is "confirmed" or "escalated" && Case.Decisions.LastOrDefault(d => d.Verdict == "confirm") is { IsAutomatic: true } confirm
            ? confirm
            : null;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(
        long id, ReviewVerdict verdict, string? policyClause, string? taxon, string? product, string? note, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(User, out HubActor actor))
        {
            return Forbid();
        }

        ReviewDecisionOutcome outcome = await desk.DecideAsync(id, new ReviewDecisionRequest(verdict, policyClause, taxon, product, note), actor, cancellationToken);
        if (outcome.Status == StatusCodes.Status200OK)
        {
            return RedirectToPage("/Reviews/Case", new { id });
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = outcome.Status;
        Error = outcome.Detail;
        return Page();
    }

    public async Task<IActionResult> OnGetScreenshotAsync(long id, long screenshotId, CancellationToken cancellationToken)
    {
        ReportScreenshot? screenshot = await db.ReportScreenshots.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == screenshotId && s.CaseId == id, cancellationToken);
        return screenshot is null ? NotFound() : File(screenshot.Content, screenshot.ContentType);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ReviewCaseResponse? loaded = await evidence.LoadAsync(id, cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        Case = loaded;
        IReadOnlyList<ReviewCaseSummary> open = await queue.ListAsync(new ReviewQueueFilter(null, null, null, null, null), cancellationToken);
        int index = open.ToList().FindIndex(c => c.Id == id);
        NextId = index >= 0 && index + 1 < open.Count ? open[index + 1].Id : index < 0 && open.Count > 0 ? open[0].Id : null;
        PreviousId = index > 0 ? open[index - 1].Id : null;
        return true;
    }
}
