using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Members;
using WildTrace.Storage.Members;
using StoredUser = WildTrace.Storage.Members.User;

namespace WildTrace.Hub.Pages.Account;

internal sealed class SignInModel(UserSignIn signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(StoredUser.MaxEmailLength)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(PasswordHasher.MaxLength)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        StoredUser? user = await signIn.CheckAsync(Email, Password, cancellationToken);
        if (user is null)
        {
            Failed = true;
            Password = "";
            return Page();
        }

        await UserSignIn.IssueCookieAsync(HttpContext, user);

        // Only local return URLs: an absolute one would make the sign-in page an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
