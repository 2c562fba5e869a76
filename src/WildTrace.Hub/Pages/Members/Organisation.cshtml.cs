using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Storage.Members;
using StoredUser = WildTrace.Storage.Members.User;

namespace WildTrace.Hub.Pages.Members;

/// <summary>
/// One organisation's users and keys. Coalition admins see any organisation and add users; a platform's engineers see
/// their own and manage its keys. Another organisation's page is 404, as in the API.
/// </summary>
[Authorize(Policy = HubPolicies.KeyManager)]
internal sealed class OrganisationModel(Membership members) : PageModel
{
    private const int ListLimit = KeysetPage<ApiKeyResponse>.MaxLimit;

    public OrganisationResponse? Organisation { get; private set; }

    public IReadOnlyList<UserResponse> Users { get; private set; } = [];

    public IReadOnlyList<ApiKeyResponse> Keys { get; private set; } = [];

    /// <summary>The whole key, shown once right after it was created and never again.</summary>
    public CreatedApiKeyResponse? CreatedKey { get; private set; }

    public string? Message { get; private set; }

    public bool IsAdmin => Actor().Role == HubRole.CoalitionAdmin;

    [BindProperty]
    [StringLength(ApiKey.MaxNameLength)]
    [Display(Name = "Key name")]
    public string KeyName { get; set; } = "";

    [BindProperty]
    [Display(Name = "Key role")]
    public HubRole KeyRole { get; set; }

    [BindProperty]
    [Display(Name = "Email")]
    public string UserEmail { get; set; } = "";

    [BindProperty]
    [Display(Name = "Display name")]
    public string UserDisplayName { get; set; } = "";

    [BindProperty]
    [Display(Name = "User role")]
    public HubRole UserRole { get; set; }

    [BindProperty]
    [Display(Name = "Initial password")]
    public string UserPassword { get; set; } = "";

    /// <summary>The roles this caller may give keys or users in this organisation.</summary>
    public IEnumerable<HubRole> GrantableRoles => Enum.GetValues<HubRole>()
        .Where(r => Organisation is not null && OrganisationRoles.Fits(Organisation.Kind, r) && (IsAdmin || OrganisationRoles.EngineerMayGrant(r)));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateKeyAsync(long id, CancellationToken cancellationToken)
    {
        MemberOutcome<(ApiKey Key, string Text)> outcome = await members.CreateApiKeyAsync(
            Actor(), new CreateApiKeyRequest(id, KeyName, KeyRole), ApiKeysApi.UserId(Actor()), cancellationToken);
        if (outcome.Problem is { Kind: MemberProblemKind.NotFound })
        {
            return NotFound();
        }

        if (outcome.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(KeyName), problem.Message);
        }
        else
        {
            CreatedKey = CreatedApiKeyResponse.From(outcome.Value.Key, outcome.Value.Text);
            KeyName = "";
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(long id, string keyId, CancellationToken cancellationToken)
    {
        MemberOutcome<ApiKey> outcome = await members.RevokeApiKeyAsync(Actor(), keyId, cancellationToken);
        if (outcome.Problem is { Kind: MemberProblemKind.NotFound } || (outcome.Value is not null && outcome.Value.OrganisationId != id))
        {
            return NotFound();
        }

        Message = outcome.Problem?.Message ?? $"Key {keyId} is revoked.";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCreateUserAsync(long id, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        MemberOutcome<StoredUser> outcome = await members.CreateUserAsync(
            Actor(), new CreateUserRequest(id, UserEmail, UserDisplayName, UserRole, UserPassword), cancellationToken);
        if (outcome.Problem is { Kind: MemberProblemKind.NotFound })
        {
            return NotFound();
        }

        if (outcome.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(UserEmail), problem.Message);
        }
        else
        {
            Message = "The user is added.";
            UserEmail = UserDisplayName = "";
        }

        UserPassword = "";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        HubActor actor = Actor();
        Organisation? organisation = await members.FindOrganisationAsync(actor, id, cancellationToken);
        if (organisation is null)
        {
            return false;
        }

        Organisation = OrganisationResponse.From(organisation);
        Keys = [.. (await members.ListApiKeysAsync(actor, id, null, ListLimit, cancellationToken)).Select(ApiKeyResponse.From)];
        Users = actor.Role == HubRole.CoalitionAdmin
            ? [.. (await members.ListUsersAsync(actor, id, null, ListLimit, cancellationToken)).Select(UserResponse.From)]
            : [];
        return true;
    }

    private HubActor Actor() => HubActor.TryFrom(User, out HubActor actor) ? actor : throw new InvalidOperationException("Not signed in.");
}
