using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Pages.Audit;

/// <summary>The audit log for coalition admins: newest entries first, filters, a chain check and the export link.</summary>
[Authorize(Policy = HubPolicies.Admin)]
internal sealed class IndexModel(WildTraceDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public KeysetPage<AuditEntryResponse> Entries { get; private set; } = new([], null);

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>A POST, not a GET: the check reads the whole log, so it should not run on every crawl or prefetch.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await AuditVerifier.VerifyAsync(db, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        int limit = KeysetPage<AuditEntryResponse>.DefaultLimit;
        IReadOnlyList<AuditEntry> rows = await AuditReader.ListAsync(
            db, new AuditQuery(Empty(Action), Empty(Actor), null, null, null, null, Before, limit), cancellationToken);
        Entries = KeysetPage<AuditEntryResponse>.From([.. rows.Select(AuditEntryResponse.From)], limit, e => e.Id);
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
