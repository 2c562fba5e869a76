using System.ComponentModel;

namespace WildTrace.Hub.Scans;

/// <summary>
/// The verdict on one listing: the same object as a line of <c>wildtrace scan</c> output (<c>VerdictWriter</c>). In a
/// batch, an item that could not be read is <c>{"id": …, "error": "…"}</c> instead.
/// </summary>
internal sealed record ScanResponse(
    [property: Description("The listing's id.")] string Id,
    [property: Description("allow, review or block.")] string Verdict,
    [property: Description("The risk probability, 0 to 1, to four digits.")] double Score,
    [property: Description("Every term found, with its place in the original field (UTF-16 offsets, end exclusive).")] IReadOnlyList<ScanMatchResponse> Matches,
    [property: Description("One line per reason for the verdict.")] IReadOnlyList<string> Reasons,
    [property: Description("The scorer's explanation: policy, thresholds, the rule that fired and each weighted reason.")] object? Explanation);
