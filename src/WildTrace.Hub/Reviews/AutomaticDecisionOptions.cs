using System.ComponentModel.DataAnnotations;
using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// When triage confirms a report's case without an analyst (<c>Hub:Reports:Automatic</c>). Either rule confirms; an analyst
/// can overturn the confirmation. There is no automatic rejection: a citizen's report without pasted text scores low
/// without being wrong, so only an analyst rejects (docs/design/spotter-review.md §5).
/// </summary>
internal sealed class AutomaticDecisionOptions
{
    public const string Section = "Hub:Reports:Automatic";

    /// <summary>False turns every automatic decision off: all cases wait for an analyst.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>
    /// Confirms when the engine's score for the report (pasted text and screenshots) is at least this; null turns the rule off.
    /// 0.99: with the bundled pack and default scorer, dev + test (n = 1,540, 585 prohibited) have 429 listings at or above
    /// it and no allowed one (precision 1.000, 73% of prohibited listings); the highest-scoring allowed listings are two
    /// Vietnamese "don't buy …, protect nature" slogans at 0.985 and 0.982, which 0.97 or 0.98 would have confirmed
    /// (spotter-review.md §5 has the sweep).
    /// </summary>
    [Range(0.5, 1.0)]
    public double? ConfirmMinScore { get; set; } = 0.99;

    /// <summary>
    /// Confirms when a screenshot is within <see cref="MaxBankDistance"/> of a hash in a shared bank. Only coalition staff
    /// can make a bank shared (HashBankService), and the spotter-confirmed bank holds analysts' confirmations, so a match
    /// is a picture the coalition already judged.
    /// </summary>
    public bool CanConfirmOnSharedBankMatch { get; set; } = true;

    /// <summary>Largest PDQ distance for the bank rule; 31 is PDQ's published match threshold (docs/design/pdq.md).</summary>
    [Range(0, PdqHash.MatchThresholdBits)]
    public int MaxBankDistance { get; set; } = PdqHash.MatchThresholdBits;
}
