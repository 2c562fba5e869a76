using System.Reflection;
using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// A member's policy: where scores turn into verdicts, and hard rules (species groups × product forms × action) that
/// no score can overrule. Written as JSON; the coalition baseline (data/policy/coalition-baseline.json) is built in.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Format and semantics: docs/design/scoring.md.</remarks>
public sealed class RiskPolicy
{
    private static readonly Lazy<RiskPolicy> s_baseline = new(LoadBaseline);

    internal RiskPolicy(string name, ScanThresholds thresholds, IReadOnlyList<PolicyRule> rules)
    {
        Name = name;
        Thresholds = thresholds;
        Rules = rules;
    }

    /// <summary>The coalition's baseline policy, following its prohibited-wildlife policy framework; the default.</summary>
    /// <exception cref="InvalidOperationException">The embedded baseline is invalid: a build defect, caught by the tests.</exception>
    public static RiskPolicy CoalitionBaseline => s_baseline.Value;

    /// <summary>The policy's name, e.g. <c>coalition-baseline</c>.</summary>
    public string Name { get; }

    /// <summary>The probabilities at which a listing is held for review or blocked.</summary>
    public ScanThresholds Thresholds { get; }

    /// <summary>The hard rules, in file order; when several fire, the strongest action wins and the first such rule is reported.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>Parses and validates a policy. A policy with <c>"extends": "coalition-baseline"</c> starts from the
    /// baseline: its <c>thresholds</c> replace the baseline's, <c>disable</c> drops baseline rules by id, and its
    /// <c>rules</c> are added (replacing a baseline rule of the same id).</summary>
    /// <param name="json">The policy document.</param>
    /// <param name="policy">The policy; null on failure.</param>
    /// <param name="errors">One-line messages, e.g. <c>rules[2].action: 'ban' is not one of review, block</c>; empty on success.</param>
    /// <returns>Whether the document is a valid policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, out RiskPolicy? policy, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<string> found = [];
        policy = PolicyParser.Parse(json, found, name => name == "coalition-baseline" ? CoalitionBaseline : null);
        errors = found;
        return policy is not null;
    }

    private static RiskPolicy LoadBaseline()
    {
        Assembly assembly = typeof(RiskPolicy).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("WildTrace.Policy.coalition-baseline.json")
            ?? throw new InvalidOperationException("The embedded coalition baseline policy is missing.");
        using StreamReader reader = new(stream);
        List<string> errors = [];
        return PolicyParser.Parse(reader.ReadToEnd(), errors, _ => null)
            ?? throw new InvalidOperationException($"The embedded coalition baseline policy is invalid: {errors[0]}");
    }
}
