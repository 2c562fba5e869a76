using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Metrics;
using WildTrace.Storage;

namespace WildTrace.Hub.Pages.Metrics;

/// <summary>The reporting programme's figures for coalition admins and analysts; the same computation as the API.</summary>
[Authorize(Policy = HubPolicies.Curator)]
internal sealed class ReportMetricsModel(WildTraceDb db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>Null when the period was not valid (<see cref="Errors"/> then says why).</summary>
    public ReportMetricsResponse? Figures { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!MetricsPeriod.TryParse(From, To, out MetricsPeriod period, out Dictionary<string, string[]> errors))
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Figures = await ReportMetrics.ComputeAsync(db, period, time.GetUtcNow(), cancellationToken);
    }
}
