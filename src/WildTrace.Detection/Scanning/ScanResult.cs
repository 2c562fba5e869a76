namespace WildTrace.Detection.Scanning;

/// <summary>The outcome of scanning one listing: a verdict, the score behind it, and the evidence.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class ScanResult
{
    internal ScanResult(
        string listingId,
        ScanVerdict verdict,
        double score,
        IReadOnlyList<ScanMatch> matches,
        IReadOnlyList<string> reasons,
        IReadOnlyList<DetectorFailure> failures,
        Scoring.RiskScore? risk = null)
    {
        Risk = risk;
        ListingId = listingId;
        Verdict = verdict;
        Score = score;
        Matches = matches;
        Reasons = reasons;
        Failures = failures;
    }

    /// <summary>The <see cref="Listing.Id"/> of the scanned listing.</summary>
    public string ListingId { get; }

    /// <summary>What to do with the listing.</summary>
    public ScanVerdict Verdict { get; }

    /// <summary>The combined evidence, from 0 (none) to 1: <c>1 - Π(1 - weight)</c> over the distinct matched terms and
    /// the detectors' findings, so independent clues add up without ever exceeding 1.</summary>
    public double Score { get; }

    /// <summary>Every term match, title first, each field in text order; offsets are into the original field text.</summary>
    public IReadOnlyList<ScanMatch> Matches { get; }

    /// <summary>Short explanations in English, one per distinct term and per finding, strongest evidence first.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Every finding of the detectors (<see cref="ScanOptions.Detectors"/>), in detector order, including those of
    /// weight 0 that only say what could not be checked; structured evidence such as <see cref="Finding.Image"/> is here.</summary>
    public IReadOnlyList<Finding> Findings { get; internal init; } = [];

    /// <summary>The risk score with its explanation when <see cref="ScanOptions.Scorer"/> was set; otherwise null.
    /// When set, <see cref="Verdict"/> and <see cref="Score"/> are its verdict and probability.</summary>
    public Scoring.RiskScore? Risk { get; }

    /// <summary>Detectors that threw; their findings are missing from <see cref="Score"/>. Usually empty.</summary>
    public IReadOnlyList<DetectorFailure> Failures { get; }
}
