using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Members;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Spotters;
using StoredUser = WildTrace.Storage.Members.User;

namespace WildTrace.Hub.Pages.Spotter;

/// <summary>Spotter sign-up: calls the same enrolment as <c>POST /api/v1/spotters</c>, then signs the new spotter in.</summary>
internal sealed class SpotterJoinModel(SpotterEnrolment enrolment) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(StoredUser.MaxEmailLength)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the name analysts will see.")]
    [StringLength(StoredUser.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordHasher.MaxLength)]
    public string Password { get; set; } = "";

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (IsSignedIn)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        SignUpOutcome outcome = await enrolment.SignUpAsync(SpottersApi.AddressOf(HttpContext), new SpotterSignUpRequest(Email, DisplayName, Password), cancellationToken);
        Password = ""; // never echoed back into the form
        if (outcome.RetryAfter is { } retryAfter)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = HubRateLimits.RetryAfterSeconds(retryAfter);
            Error = $"Too many sign-ups from this network for now. Try again in {Math.Ceiling(retryAfter.TotalMinutes):0} minutes.";
            return Page();
        }

        if (outcome.Problem is { } problem)
        {
            Response.StatusCode = problem.Kind == MemberProblemKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            string field = problem.Field switch
            {
                "email" => nameof(Email),
                "displayName" => nameof(DisplayName),
                "password" => nameof(Password),
                _ => "",
            };
            ModelState.AddModelError(field, problem.Kind == MemberProblemKind.Conflict
                ? "This e-mail address is already registered. Sign in instead." : problem.Message);
            return Page();
        }

        await UserSignIn.IssueCookieAsync(HttpContext, outcome.User!); // no problem and no limit means a user
        return LocalRedirect("/Spotter");
    }
}
