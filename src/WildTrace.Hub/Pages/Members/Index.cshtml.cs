using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Pages.Members;

[Authorize(Policy = HubPolicies.Admin)]
internal sealed class IndexModel(Membership members) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(Organisation.MaxNameLength)]
    public string Name { get; set; } = "";

    [BindProperty]
    public OrganisationKind Kind { get; set; } = OrganisationKind.Platform;

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public KeysetPage<OrganisationResponse> Organisations { get; private set; } = new([], null);

    /// <summary>The kinds an admin may create (the coalition exists once).</summary>
    public static IReadOnlyList<OrganisationKind> CreatableKinds { get; } =
        [OrganisationKind.Platform, OrganisationKind.ConservationPartner, OrganisationKind.LawEnforcement, OrganisationKind.Spotters];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            MemberOutcome<Organisation> outcome = await members.CreateOrganisationAsync(Actor(), Name, Kind, cancellationToken);
            if (outcome.Problem is null)
            {
                return RedirectToPage("/Members/Organisation", new { id = outcome.Value!.Id });
            }

            ModelState.AddModelError(outcome.Problem.Field == "kind" ? nameof(Kind) : nameof(Name), outcome.Problem.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        int limit = KeysetPage<OrganisationResponse>.DefaultLimit;
        IReadOnlyList<Organisation> rows = await members.ListOrganisationsAsync(Actor(), After, limit, cancellationToken);
        Organisations = KeysetPage<OrganisationResponse>.From([.. rows.Select(OrganisationResponse.From)], limit, o => o.Id);
    }

    private HubActor Actor() => HubActor.TryFrom(User, out HubActor actor) ? actor : throw new InvalidOperationException("Not signed in.");
}
