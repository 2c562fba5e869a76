using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Hosting;
using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.Pages.HashBanks;

/// <summary>The banks the caller may use, and a form to create one (the same rules as the API).</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class IndexModel(HashBankService banks) : PageModel
{
    public IReadOnlyList<HashBankResponse> Banks { get; private set; } = [];

    public bool CanCreateShared { get; private set; }

    [BindProperty, Required, MaxLength(HashBankRecord.MaxNameLength)]
    public string Name { get; set; } = "";

    [BindProperty, MaxLength(HashBankRecord.MaxDescriptionLength)]
    public string? Description { get; set; }

    [BindProperty]
    public bool IsShared { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        HubActor actor = Actor();
        if (!ModelState.IsValid)
        {
            Error = "A bank needs a name of at most 100 characters.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        HashBankResult<HashBankResponse> result = await banks.CreateAsync(actor, new CreateHashBankRequest(Name, Description, IsShared), cancellationToken);
        if (result.Value is { } bank)
        {
            return RedirectToPage("/HashBanks/Bank", new { id = bank.Id });
        }

        Error = result.Error switch
        {
            HashBankError.NameTaken => "Your organisation already has a bank with this name.",
            HashBankError.Forbidden => "Only coalition staff create shared banks.",
            _ => "The bank could not be created: check the name.",
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        HubActor actor = Actor();
        CanCreateShared = actor.IsCoalitionStaff;
        Banks = await banks.ListAsync(actor, cancellationToken);
    }

    // The page's policy admits only authenticated callers with a role, so the actor is always there.
    private HubActor Actor() =>
        HubActor.TryFrom(User, out HubActor actor) ? actor : throw new InvalidOperationException("No hub actor on an authorized page.");
}
