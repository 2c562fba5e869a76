using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.HashBanks;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Pages.HashBanks;

/// <summary>One bank: its hashes, forms to add and remove them, and a match form (a PDQ hash, or a picture hashed here).</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class BankModel(HashBankService banks) : PageModel
{
    /// <summary>Pictures larger than this are refused before decoding (phone photos are a few MB).</summary>
    public const long MaxImageBytes = 10 * 1024 * 1024;

    private const int PageSize = 100;

    public HashBankResponse? Bank { get; private set; }

    public BankedHashPageResponse? Hashes { get; private set; }

    public bool CanChange { get; private set; }

    /// <summary>One hash per line: 64 hex digits, then optionally a space and a label.</summary>
    [BindProperty]
    public string? Lines { get; set; }

    [BindProperty]
    public string? RemovePdq { get; set; }

    [BindProperty]
    public string? MatchPdq { get; set; }

    [BindProperty]
    public IFormFile? Image { get; set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public string? LookedUp { get; private set; }

    public IReadOnlyList<HashMatchResponse>? Matches { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, long after, CancellationToken cancellationToken) =>
        await LoadAsync(id, after, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(long id, CancellationToken cancellationToken)
    {
        List<HashInput> inputs = [];
        foreach (string line in (Lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            inputs.Add(space < 0 ? new HashInput(line) : new HashInput(line[..space], line[(space + 1)..].Trim()));
        }

        HashBankResult<HashesChangedResponse> result = await banks.AddHashesAsync(Actor(), id, inputs, cancellationToken);
        if (result.Value is { } changed)
        {
            Message = $"{changed.Added} added, {changed.Updated} updated. Matching uses them within seconds.";
            Lines = null;
        }
        else
        {
            Error = Describe(result.Error, result.Errors);
        }

        return await LoadAsync(id, 0, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        HashBankResult<HashesChangedResponse> result = await banks.RemoveHashesAsync(Actor(), id, [RemovePdq ?? ""], cancellationToken);
        if (result.Value is { } changed)
        {
            Message = changed.Removed == 1 ? "Hash removed." : "That hash was not in the bank.";
        }
        else
        {
            Error = Describe(result.Error, result.Errors);
        }

        return await LoadAsync(id, 0, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMatchAsync(long id, CancellationToken cancellationToken)
    {
        string? pdq = string.IsNullOrWhiteSpace(MatchPdq) ? null : MatchPdq.Trim();
        if (pdq is null && Image is { Length: > 0 } image)
        {
            if (image.Length > MaxImageBytes)
            {
                Error = "The picture is over 10 MB.";
            }
            else
            {
                await using Stream stream = image.OpenReadStream();
                if (PdqHasher.Default.TryHash(stream, out PdqHashResult hashed, out string? problem))
                {
                    pdq = hashed.Hash.ToString();
                }
                else
                {
                    Error = $"The picture could not be hashed: {problem}";
                }
            }
        }
        else if (pdq is null)
        {
            Error = "Paste a PDQ hash or choose a picture.";
        }

        if (pdq is not null)
        {
            HashBankResult<MatchHashesResponse> result = banks.Match(Actor(), [pdq], null);
            LookedUp = pdq;
            Matches = result.Value?.Matches;
            Error = result.Value is null ? "Not a PDQ hash: expected 64 hexadecimal digits." : null;
        }

        return await LoadAsync(id, 0, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, long after, CancellationToken cancellationToken)
    {
        HubActor actor = Actor();
        Bank = (await banks.GetAsync(actor, id, cancellationToken)).Value;
        if (Bank is null)
        {
            return false;
        }

        CanChange = Bank.OwnerOrganisationId == actor.OrganisationId;
        Hashes = (await banks.ListHashesAsync(actor, id, after, PageSize, cancellationToken)).Value;
        return true;
    }

    private static string Describe(HashBankError error, IDictionary<string, string[]>? errors) => error switch
    {
        HashBankError.Invalid when errors is not null =>
            string.Join(" ", errors.Take(5).Select(e => $"{e.Key.Replace("hashes[", "line ", StringComparison.Ordinal).Replace("].pdq", "", StringComparison.Ordinal)}: {string.Join(" ", e.Value)}")),
        HashBankError.Forbidden => "Only the owning organisation changes this bank.",
        _ => "The change could not be made.",
    };

    // The page's policy admits only authenticated callers with a role, so the actor is always there.
    private HubActor Actor() =>
        HubActor.TryFrom(User, out HubActor actor) ? actor : throw new InvalidOperationException("No hub actor on an authorized page.");
}
