using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Reports;

namespace WildTrace.Hub.Pages.Report;

/// <summary>The public report form: the page posts to itself and calls the same intake as <c>POST /api/v1/reports</c>.</summary>
internal sealed class ReportFormModel(ReportIntake intake, SpeciesCatalog species) : PageModel
{
    [BindProperty]
    public ReportForm Form { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Screenshots { get; set; } = [];

    public ReportText Text { get; private set; } = ReportTexts.English;

    public IReadOnlyList<Species> Species => species.All;

    public string? Error { get; private set; }

    public void OnGet(string? lang) => Text = ReportTexts.Pick(lang, Request);

    public async Task<IActionResult> OnPostAsync(string? lang, CancellationToken cancellationToken)
    {
        Text = ReportTexts.Pick(lang, Request);
        List<byte[]> files = [];
        foreach (IFormFile file in Screenshots.Where(f => f.Length > 0))
        {
            using MemoryStream buffer = new();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(buffer.ToArray());
        }

        ReportOutcome outcome = await intake.SubmitAsync(HttpContext, new ReportSubmission(Form.ToRequest(), files), cancellationToken);
        if (outcome.Receipt is { } receipt)
        {
            return Redirect($"{receipt.FollowUpUrl}?new=1&lang={Text.Code}");
        }

        Response.StatusCode = outcome.Status;
        Error = outcome.Detail;
        return Page();
    }
}
