using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Scanning;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Scans;

namespace WildTrace.Hub.Pages.Scans;

/// <summary>The scan playground: paste a listing, see the verdict with the matched words marked in the original text.</summary>
[Authorize(Policy = HubPolicies.Member)]
internal sealed class IndexModel(ScanEngine engine, IOptions<ScanLimitsOptions> limits) : PageModel
{
    [BindProperty]
    [StringLength(1000)]
    public string? ListingTitle { get; set; }

    [BindProperty]
    [StringLength(50_000)]
    public string? ListingText { get; set; }

    public ScanResult? Result { get; private set; }

    public void OnPost()
    {
        if ((ListingTitle?.Length ?? 0) > limits.Value.MaxTitleLength || (ListingText?.Length ?? 0) > limits.Value.MaxTextLength)
        {
            ModelState.AddModelError(string.Empty, "The listing is longer than the hub scans.");
        }

        if (ModelState.IsValid)
        {
            Result = engine.Scan(new Listing { Id = "playground", Title = ListingTitle ?? "", Text = ListingText ?? "" });
        }
    }

    /// <summary>The field's text cut into plain and matched pieces, overlapping matches merged, for &lt;mark&gt;.</summary>
    public IReadOnlyList<(string Text, bool IsMatch)> Pieces(ListingField field)
    {
        string text = (field == ListingField.Title ? ListingTitle : ListingText) ?? "";
        List<(int Start, int End)> spans = [.. (Result?.Matches ?? []).Where(m => m.Field == field)
            .Select(m => (Math.Clamp(m.Span.Start, 0, text.Length), Math.Clamp(m.Span.End, 0, text.Length))).Order()];
        List<(string, bool)> pieces = [];
        int at = 0;
        foreach ((int start, int end) in spans)
        {
            if (end <= at)
            {
                continue;
            }

            int from = Math.Max(start, at);
            if (from > at)
            {
                pieces.Add((text[at..from], false));
            }

            pieces.Add((text[from..end], true));
            at = end;
        }

        if (at < text.Length)
        {
            pieces.Add((text[at..], false));
        }

        return pieces;
    }
}
