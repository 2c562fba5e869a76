using System.Globalization;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Scanning;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Decides a freshly filed report's case by policy (<see cref="AutomaticDecisionOptions"/>) when the evidence is strong
/// enough that an analyst would only repeat the engine: the confirmation goes through <see cref="ReviewDesk"/> like an
/// analyst's, under the actor <see cref="ReviewDesk.AutomaticActor"/>. Scoped.
/// </summary>
internal sealed class AutomaticReview(ReviewDesk desk, IOptions<AutomaticDecisionOptions> options, ILogger<AutomaticReview> logger)
{
    /// <summary>The rule that fires for <paramref name="scan"/>, with its evidence; null when an analyst must decide.</summary>
    public string? RuleFor(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        AutomaticDecisionOptions policy = options.Value;
        if (!policy.IsEnabled)
        {
            return null;
        }

        if (policy.CanConfirmOnSharedBankMatch
            && scan.Findings.Where(f => f.Image is not null).Select(f => f.Image!.Match) // filtered on the line before
                .Where(m => m.Distance <= policy.MaxBankDistance).OrderBy(m => m.Distance).FirstOrDefault() is { Labels: not null } nearest)
        {
            string bank = nearest.Labels.Source.Length > 0 ? nearest.Labels.Source : "a shared bank";
            return string.Create(CultureInfo.InvariantCulture,
                $"shared-bank match: screenshot at distance {nearest.Distance} from bank {bank} (≤ {policy.MaxBankDistance})");
        }

        return policy.ConfirmMinScore is double minScore && scan.Score >= minScore
            ? string.Create(CultureInfo.InvariantCulture, $"score threshold: score {Math.Floor(scan.Score * 1000) / 1000:0.000} ≥ {minScore:0.000}")
            : null;
    }

    /// <summary>
    /// Confirms case <paramref name="caseId"/> when a rule fires for the report just filed on it and the case is still open
    /// (a report joining a decided case changes nothing). Returns the rule that fired, or null.
    /// </summary>
    public async Task<string?> DecideAsync(long caseId, ScanResult scan, CancellationToken cancellationToken)
    {
        if (RuleFor(scan) is not { } rule)
        {
            return null;
        }

        try
        {
            return await desk.ConfirmAutomaticallyAsync(caseId, rule, cancellationToken) ? rule : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The report is already committed: failing its request would make the reporter file it again. The case stays
            // open for an analyst, which is where it would be without this rule.
            ReviewLog.AutomaticDecisionFailed(logger, caseId, ex);
            return null;
        }
    }
}
