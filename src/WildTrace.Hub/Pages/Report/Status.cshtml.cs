using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Reports;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Pages.Report;

/// <summary>A reporter's private follow-up page, opened by the token only they hold.</summary>
internal sealed class ReportStatusModel(WildTraceDb db) : PageModel
{
    public ReportText Text { get; private set; } = ReportTexts.English;

    public ReportStatusResponse Status { get; private set; } = null!; // set by OnGetAsync before the page renders

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, string? lang, int? @new, CancellationToken cancellationToken)
    {
        Text = ReportTexts.Pick(lang, Request);
        if (!FollowUpToken.TryHash(token, out byte[] hash))
        {
            return NotFound();
        }

        SpotterReport? report = await db.SpotterReports.AsNoTracking().Include(r => r.Case)
            .SingleOrDefaultAsync(r => r.FollowUpTokenHash == hash, cancellationToken);
        if (report?.Case is null)
        {
            return NotFound();
        }

        Status = ReportStatusResponse.From(report, report.Case);
        IsNew = @new == 1;
        Response.Headers.CacheControl = "no-store"; // the URL is a secret; keep the page out of shared caches
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Page();
    }
}
