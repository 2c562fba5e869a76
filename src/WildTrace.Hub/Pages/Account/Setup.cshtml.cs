using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using StoredUser = WildTrace.Storage.Members.User;

namespace WildTrace.Hub.Pages.Account;

/// <summary>
/// First time only: whoever holds a coalition admin API key (the one printed at first start) creates the first admin
/// user. Refused for good once any coalition admin user exists, so a leaked key cannot mint more web admins here.
/// </summary>
internal sealed class SetupModel(WildTraceDb db, ApiKeyCache keys, Membership members, ILogger<SetupModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the admin API key.")]
    [Display(Name = "Admin API key")]
    public string AdminKey { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address.")]
    [StringLength(StoredUser.MaxEmailLength)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(StoredUser.MaxDisplayNameLength)]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordHasher.MaxLength, MinimumLength = PasswordHasher.MinLength, ErrorMessage = "A password is 8 to 256 characters.")]
    public string Password { get; set; } = "";

    public bool IsDone { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => IsDone = await AdminUserExistsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        IsDone = await AdminUserExistsAsync(cancellationToken);
        if (IsDone || !ModelState.IsValid)
        {
            return Page();
        }

        HubActor? actor = ApiKeySecret.TryParse(AdminKey.Trim(), out string keyId, out byte[] secretHash)
            ? await keys.FindAsync(keyId, secretHash, cancellationToken)
            : null;
        if (actor is not { Role: HubRole.CoalitionAdmin })
        {
            ModelState.AddModelError(nameof(AdminKey), "This is not a valid coalition admin API key.");
            return Page();
        }

        MemberOutcome<StoredUser> outcome = await members.CreateUserAsync(
            actor, new CreateUserRequest(actor.OrganisationId, Email, DisplayName, HubRole.CoalitionAdmin, Password), cancellationToken);
        if (outcome.Problem is { } problem)
        {
            ModelState.AddModelError(problem.Field.Length > 0 ? char.ToUpperInvariant(problem.Field[0]) + problem.Field[1..] : "", problem.Message);
            return Page();
        }

        MembersLog.SetupCompleted(logger, outcome.Value!.Id);
        await UserSignIn.IssueCookieAsync(HttpContext, outcome.Value);
        return LocalRedirect("/");
    }

    private Task<bool> AdminUserExistsAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Role == HubRole.CoalitionAdmin, cancellationToken);
}
