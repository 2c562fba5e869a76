using System.ComponentModel.DataAnnotations;

namespace WildTrace.Hub.Learning;

/// <summary>New-term proposals from decided cases (<c>Hub:Learning</c>).</summary>
internal sealed class LearningOptions
{
    public const string Section = "Hub:Learning";

    /// <summary>Whether <see cref="LearningWorker"/> files proposals on its own; the API and page work either way.</summary>
    public bool IsMiningEnabled { get; set; } = true;

    /// <summary>How often the worker mines. Hourly: cases are decided by people, a few an hour at most.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MiningInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Terms filed per run, best first; enough for one curator sitting without flooding the queue.</summary>
    [Range(1, 200)]
    public int ProposalsPerRun { get; set; } = 20;

    /// <summary>Distinct confirmed cases a candidate needs: one seller's listing is not a trade word.</summary>
    [Range(1, 1000)]
    public int MinConfirmedCases { get; set; } = 2;

    /// <summary>Lowest score kept (TermMiner explains the scale; 0.5 leaves out common words with a small lead).</summary>
    [Range(-10.0, 10.0)]
    public double MinScore { get; set; } = 0.5;

    /// <summary>Most recent decided cases read per run, which bounds the run's memory and time.</summary>
    [Range(10, 100_000)]
    public int MaxCasesPerRun { get; set; } = 5_000;

    /// <summary>Largest <c>limit</c> of the candidate list.</summary>
    [Range(1, 1000)]
    public int MaxCandidates { get; set; } = 200;

    /// <summary>The weight a filed term starts with: modest until a curator has judged it.</summary>
    [Range(0.0, 1.0)]
    public double ProposalWeight { get; set; } = 0.4;
}
