using System.Text.Json;
using WildTrace.Cli.Tests.Support;

namespace WildTrace.Cli.Tests.Scoring;

public sealed class ScanPolicyOptionTests
{
    private static readonly string s_offer = Jsonl.Line(new { id = "1", title = "rhino horn", text = "for sale, WhatsApp +84 912 345 678" });

    [Fact]
    public void Rejects_an_invalid_policy_with_one_line_and_exit_code_2()
    {
        using TempDirectory dir = new();
        string policy = dir.File("policy.json", """{ "name": "x", "thresholds": { "review": 0.9, "block": 0.5 } }""");
        using FakeConsole console = new(s_offer);

        int code = WildTraceCommand.Run(["scan", "--policy", policy], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        string error = Assert.Single(console.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("wildtrace: policy file", error, StringComparison.Ordinal);
        Assert.Contains("must not exceed block", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Applies_the_policy_and_writes_the_explanation()
    {
        using TempDirectory dir = new();
        string policy = dir.File("policy.json", """{ "name": "lenient", "thresholds": { "review": 1, "block": 1 } }""");
        using FakeConsole console = new(s_offer);

        int code = WildTraceCommand.Run(["scan", "--policy", policy], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement line = Assert.Single(Jsonl.Parse(console.Output));
        Assert.Equal(["id", "verdict", "score", "matches", "reasons", "explanation"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("allow", line.GetProperty("verdict").GetString());
        JsonElement explanation = line.GetProperty("explanation");
        Assert.Equal("lenient", explanation.GetProperty("policy").GetString());
        Assert.Contains(explanation.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "term" && r.GetProperty("evidence").GetString() == "rhino horn");
    }

    [Fact]
    public void Blocks_with_the_baseline_and_names_the_policy_clause()
    {
        using FakeConsole console = new(s_offer);

        WildTraceCommand.Run(["scan"], console.Streams);

        JsonElement line = Assert.Single(Jsonl.Parse(console.Output));
        Assert.Equal("block", line.GetProperty("verdict").GetString());
        Assert.Equal("cites-i-offer", line.GetProperty("explanation").GetProperty("rule").GetProperty("id").GetString());
        Assert.StartsWith("policy rule 'cites-i-offer'", line.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }
}
