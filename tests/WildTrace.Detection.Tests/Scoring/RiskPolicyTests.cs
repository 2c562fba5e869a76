using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;

namespace WildTrace.Detection.Tests.Scoring;

public sealed class RiskPolicyTests
{
    [Fact]
    public void Loads_the_embedded_coalition_baseline()
    {
        RiskPolicy baseline = RiskPolicy.CoalitionBaseline;

        Assert.Equal("coalition-baseline", baseline.Name);
        Assert.Contains(baseline.Rules, r => r.Id == "cites-i-offer" && r.Action == ScanVerdict.Block && r.IsSaleIntentRequired);
        Assert.True(baseline.Thresholds.Review < baseline.Thresholds.Block);
    }

    [Fact]
    public void Extends_the_baseline_with_member_overrides()
    {
        const string Json = """
            { "name": "member-x", "extends": "coalition-baseline", "thresholds": { "review": 0.3 },
              "disable": ["fossil-ivory-offer"],
              "rules": [ { "id": "parrots-live", "clause": "no live parrots", "groups": ["parrots"], "forms": ["live"], "action": "block" } ] }
            """;

        bool ok = RiskPolicy.TryParse(Json, out RiskPolicy? policy, out IReadOnlyList<string> errors);

        Assert.True(ok, string.Join("; ", errors));
        Assert.Equal(0.3, policy!.Thresholds.Review);
        Assert.Equal(RiskPolicy.CoalitionBaseline.Thresholds.Block, policy.Thresholds.Block);
        Assert.DoesNotContain(policy.Rules, r => r.Id == "fossil-ivory-offer");
        Assert.Contains(policy.Rules, r => r.Id == "parrots-live" && r.Groups.SequenceEqual(["parrots"]));
    }

    [Fact]
    public void Parses_the_committed_example_member_policy()
    {
        string? root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "WildTrace.slnx")))
        {
            root = Path.GetDirectoryName(root);
        }

        Assert.SkipWhen(root is null, "repository root not found");
        string json = File.ReadAllText(Path.Combine(root!, "data", "policy", "examples", "member-strict.json"));

        bool ok = RiskPolicy.TryParse(json, out RiskPolicy? policy, out IReadOnlyList<string> errors);

        Assert.True(ok, string.Join("; ", errors));
        Assert.Contains(policy!.Rules, r => r.Id == "live-wildlife-ban" && !r.IsSaleIntentRequired);
        Assert.DoesNotContain(policy.Rules, r => r.Id == "live-wildlife-offer");
    }

    [Theory]
    // Document shape
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{ "thresholds": { "review": 0.5, "block": 0.8 } }""", "name: required")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "colour": "red" }""", "colour: unknown key")]
    // Thresholds
    [InlineData("""{ "name": "x" }""", "thresholds: required")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.9, "block": 0.8 } }""", "must not exceed block")]
    [InlineData("""{ "name": "x", "thresholds": { "review": -1, "block": 0.8 } }""", "thresholds.review: -1 is not a number from 0 to 1")]
    // Rules
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "rules": [ { "id": "r", "clause": "c", "action": "ban" } ] }""", "rules[0].action: 'ban' is not one of review, block")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "rules": [ { "id": "r", "clause": "c", "groups": ["dragons"], "action": "block" } ] }""", "'dragons' is not a species group")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "rules": [ { "id": "r", "clause": "c", "cites": ["IV"], "action": "block" } ] }""", "rules[0].cites: 'IV'")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "rules": [ { "id": "r", "clause": "c", "forms": ["frozen"], "action": "block" } ] }""", "rules[0].forms: 'frozen'")]
    [InlineData("""{ "name": "x", "thresholds": { "review": 0.5, "block": 0.8 }, "rules": [ { "clause": "c", "action": "block" } ] }""", "rules[0].id: required")]
    // Inheritance
    [InlineData("""{ "name": "x", "extends": "someone-else" }""", "extends: unknown policy")]
    [InlineData("""{ "name": "x", "extends": "coalition-baseline", "disable": ["no-such-rule"] }""", "disable: no rule 'no-such-rule'")]
    public void Rejects_an_invalid_policy_with_a_message_naming_the_problem(string json, string expected)
    {
        bool ok = RiskPolicy.TryParse(json, out RiskPolicy? policy, out IReadOnlyList<string> errors);

        Assert.False(ok);
        Assert.Null(policy);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
