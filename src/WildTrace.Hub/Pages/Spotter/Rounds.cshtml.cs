using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Members;
using WildTrace.Hub.Spotters;
using WildTrace.Storage.Spotters;

namespace WildTrace.Hub.Pages.Spotter;

/// <summary>Analysts' view of rounds: the list, a form to create one, and the chosen round's member tallies.</summary>
internal sealed class SpotterRoundsModel(SpotterRounds rounds, TimeProvider time) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Name the round.")]
    [StringLength(SpotterRound.MaxNameLength)]
    public string Name { get; set; } = "";

    [BindProperty]
    [StringLength(SpotterRound.MaxFocusLength)]
    public string? Focus { get; set; }

    /// <summary>The first day of the round; it starts at 00:00 UTC.</summary>
    [BindProperty]
    [Required(ErrorMessage = "Enter the first day of the round.")]
    public DateOnly? StartsOn { get; set; }

    [BindProperty]
    [Range(1, 366, ErrorMessage = "A round lasts 1 to 366 days.")]
    public int LengthDays { get; set; } = 28;

    public IReadOnlyList<SpotterRoundResponse> All { get; private set; } = [];

    /// <summary>The round whose members are shown: the one asked for, else the newest open one.</summary>
    public SpotterRoundDetailResponse? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        StartsOn ??= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            DateTimeOffset startsAt = new(StartsOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero); // Required checked it
            MemberOutcome<SpotterRoundResponse> outcome = await rounds.CreateAsync(
                MembersApi.Actor(HttpContext), new CreateSpotterRoundRequest(Name, Focus, startsAt, startsAt.AddDays(LengthDays)), cancellationToken);
            if (outcome.Value is { } created)
            {
                return RedirectToPage(new { id = created.Id });
            }

            ModelState.AddModelError(outcome.Problem!.Field switch { "name" => nameof(Name), "focus" => nameof(Focus), _ => nameof(LengthDays) }, outcome.Problem.Message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ShowAsync(null, cancellationToken);
        return Page();
    }

    private async Task<bool> ShowAsync(long? id, CancellationToken cancellationToken)
    {
        All = await rounds.ListAsync(MembersApi.Actor(HttpContext), null, cancellationToken);
        long? chosen = id ?? All.FirstOrDefault(r => r.State == SpotterRoundState.Open)?.Id;
        if (chosen is { } roundId)
        {
            Selected = await rounds.FindAsync(MembersApi.Actor(HttpContext), roundId, cancellationToken);
            return Selected is not null || id is null;
        }

        return true;
    }
}
