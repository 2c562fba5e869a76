using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>The risk of one listing: a calibrated probability, the verdict the policy draws from it, and why.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RiskScore
{
    internal RiskScore(double probability, double modelProbability, ScanVerdict verdict, IReadOnlyList<RiskReason> reasons, PolicyRule? rule, RiskPolicy policy)
    {
        Probability = probability;
        ModelProbability = modelProbability;
        Verdict = verdict;
        Reasons = reasons;
        Rule = rule;
        PolicyName = policy.Name;
        Thresholds = policy.Thresholds;
    }

    /// <summary>The probability, from 0 to 1, that the listing offers prohibited wildlife; equals
    /// <see cref="ModelProbability"/> unless a policy rule raised it to its verdict's threshold.</summary>
    public double Probability { get; }

    /// <summary>The model's calibrated probability, from 0 to 1, before policy rules.</summary>
    public double ModelProbability { get; }

    /// <summary>What to do with the listing under the policy.</summary>
    public ScanVerdict Verdict { get; }

    /// <summary>The evidence, strongest first by absolute contribution; a policy reason comes first when a rule decided.</summary>
    public IReadOnlyList<RiskReason> Reasons { get; }

    /// <summary>The strongest policy rule that applies to the listing (it raised the verdict when the model's was lower);
    /// null when none applies.</summary>
    public PolicyRule? Rule { get; }

    /// <summary>The name of the policy applied (e.g. <c>coalition-baseline</c>).</summary>
    public string PolicyName { get; }

    /// <summary>The thresholds of that policy, which turned <see cref="Probability"/> into <see cref="Verdict"/>.</summary>
    public ScanThresholds Thresholds { get; }
}
