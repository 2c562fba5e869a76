using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Reviews;

namespace WildTrace.Hub.Pages.Reviews;

/// <summary>The analysts' queue (coalition admins and analysts; the folder is authorised for curators in HubBuilder).</summary>
internal sealed class ReviewQueueModel(ReviewQueue queue, TimeProvider time) : PageModel
{
    public DateTimeOffset Now => time.GetUtcNow();

    public IReadOnlyList<ReviewCaseSummary> Cases { get; private set; } = [];

    public ReviewQueueFilter Filter { get; private set; } = new(null, null, null, null, null);

    public async Task OnGetAsync(
        string? platform, string? language, string? taxon, double? minScore, int? minAgeHours, bool? automatic, CancellationToken cancellationToken)
    {
        Filter = new ReviewQueueFilter(platform, language, taxon, minScore, minAgeHours, automatic == true);
        Cases = await queue.ListAsync(Filter, cancellationToken);
    }
}
