using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Spotters;

namespace WildTrace.Hub.Pages.Spotter;

/// <summary>A signed-in spotter's page: accuracy, their reports with the follow-up page's words, and rounds to join.</summary>
internal sealed class SpotterHomeModel(SpotterProgress progress, SpotterRounds rounds) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Null for a signed-in caller who is not a registered spotter: the page then says what it is for.</summary>
    public SpotterMeResponse? Me { get; private set; }

    public KeysetPage<SpotterReportResponse> Reports { get; private set; } = new([], null);

    /// <summary>Upcoming and open rounds the spotter has not joined.</summary>
    public IReadOnlyList<SpotterRoundResponse> Joinable { get; private set; } = [];

    /// <summary>The report pages' wording, so a state reads exactly as on the follow-up page.</summary>
    public ReportText Text { get; private set; } = ReportTexts.English;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long? before, string? lang, CancellationToken cancellationToken)
    {
        HubActor actor = MembersApi.Actor(HttpContext);
        if (!SpotterUser.IsSignedInSpotter(actor) || !SpotterUser.TryGetId(actor, out long userId))
        {
            return Page();
        }

        Me = await progress.FindAsync(userId, cancellationToken);
        if (Me is null)
        {
            return NotFound();
        }

        Text = ReportTexts.Pick(lang, Request);
        Reports = await progress.ReportsAsync(userId, before, PageSize, cancellationToken);
        Joinable = [.. (await rounds.ListAsync(actor, null, cancellationToken)).Where(r => r.State != SpotterRoundState.Past && !r.IsMember)];
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(long roundId, CancellationToken cancellationToken)
    {
        MemberOutcome<(SpotterRoundResponse Round, bool IsNew)> outcome = await rounds.JoinAsync(MembersApi.Actor(HttpContext), roundId, cancellationToken);
        Message = outcome.Problem is { } problem ? problem.Message : $"You joined {outcome.Value.Round.Name}.";
        return RedirectToPage();
    }

    public static string Percent(double? accuracy) =>
        accuracy is { } value ? value.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "not yet known";
}
