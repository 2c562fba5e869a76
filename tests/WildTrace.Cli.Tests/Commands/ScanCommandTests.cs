using System.Text.Json;
using WildTrace.Cli.Tests.Support;

namespace WildTrace.Cli.Tests.Commands;

public sealed class ScanCommandTests
{
    private static readonly string s_listings =
        Jsonl.Line(new { id = "1", title = "Genuine rhino horn" }) +
        Jsonl.Line(new { id = "2", title = "Mountain bike" }) +
        Jsonl.Line(new { id = "3", title = "Cheap zzgadget for sale" });

    [Fact]
    public void Scans_a_file_into_a_file_and_exits_0()
    {
        using TempDirectory dir = new();
        string input = dir.File("in.jsonl", s_listings);
        string output = dir.File("out.jsonl");
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["scan", "--input", input, "--output", output], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement[] lines = Jsonl.Parse(File.ReadAllText(output));
        Assert.Equal(["block", "allow", "allow"], lines.Select(l => l.GetProperty("verdict").GetString()));
        Assert.Equal("", console.Output);
        Assert.StartsWith("wildtrace: 3 listings: 1 block, 0 review, 2 allow, 0 errors;", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_stdin_and_writes_stdout_for_a_dash()
    {
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan", "--input", "-", "--output", "-", "--threads", "2"], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["1", "2", "3"], Jsonl.Parse(console.Output).Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void Defaults_to_stdin_and_stdout()
    {
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan"], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(3, Jsonl.Parse(console.Output).Length);
    }

    [Fact]
    public void Exits_0_with_error_lines_for_malformed_input()
    {
        using FakeConsole console = new("{\"id\":\"x\",\"title\":7}\n" + s_listings);

        int code = WildTraceCommand.Run(["scan"], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement first = Jsonl.Parse(console.Output)[0];
        Assert.Equal("x", first.GetProperty("id").GetString());
        Assert.Equal("line 1: 'title' must be a string", first.GetProperty("error").GetString());
    }

    [Theory]
    // Plain text: one term per line
    [InlineData("terms.txt", "# my list\nzzgadget\n", "und-2")]
    // CSV and TSV with a header
    [InlineData("terms.csv", "id,text,weight\nmy-1,zzgadget,0.95\n", "my-1")]
    [InlineData("terms.tsv", "text\tlanguage\nzzgadget\ten\n", "en-2")]
    // JSON
    [InlineData("terms.json", "[{\"id\":\"j1\",\"text\":\"zzgadget\",\"weight\":0.95}]", "j1")]
    public void Replaces_the_built_in_terms_with_a_terms_file(string name, string content, string termId)
    {
        using TempDirectory dir = new();
        string terms = dir.File(name, content);
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan", "--terms", terms], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement[] lines = Jsonl.Parse(console.Output);
        Assert.Equal("allow", lines[0].GetProperty("verdict").GetString()); // "rhino horn" is not in the user's list
        Assert.Equal(termId, Assert.Single(lines[2].GetProperty("matches").EnumerateArray().ToArray()).GetProperty("termId").GetString());
    }

    [Fact]
    public void Exits_2_naming_the_line_of_an_invalid_terms_file()
    {
        using TempDirectory dir = new();
        string terms = dir.File("terms.csv", "text,weight\nivory,0.5\nrhino horn,7\n");
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan", "--terms", terms], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal($"wildtrace: terms file '{terms}': line 3: weight '7' must be a number from 0 to 1\n", console.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", console.Output);
    }

    [Fact]
    public void Exits_2_when_the_terms_file_cannot_be_read()
    {
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan", "--terms", "/nonexistent/terms.txt"], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith("wildtrace: cannot read terms file '/nonexistent/terms.txt'", console.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "many")]
    [InlineData("--no-such-option", "x")]
    public void Exits_2_for_bad_arguments(string option, string value)
    {
        using FakeConsole console = new(s_listings);

        int code = WildTraceCommand.Run(["scan", option, value], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith("wildtrace: ", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_2_rather_than_overwrite_the_input()
    {
        using TempDirectory dir = new();
        string input = dir.File("in.jsonl", s_listings);
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["scan", "--input", input, "--output", input], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal(s_listings, File.ReadAllText(input));
    }

    [Fact]
    public void Exits_1_when_the_input_cannot_be_opened()
    {
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["scan", "--input", "/nonexistent/listings.jsonl"], console.Streams);

        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.StartsWith("wildtrace: ", console.Error, StringComparison.Ordinal);
        Assert.Single(console.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Exits_1_when_the_output_cannot_be_created()
    {
        using TempDirectory dir = new();
        string input = dir.File("in.jsonl", s_listings);
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["scan", "--input", input, "--output", "/nonexistent/dir/out.jsonl"], console.Streams);

        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.StartsWith("wildtrace: ", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scans_the_bundled_sample_listings_with_the_built_in_terms()
    {
        string samples = Path.Combine(RepositoryRoot(), "data", "samples", "listings.jsonl");
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["scan", "--input", samples], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement[] lines = Jsonl.Parse(console.Output);
        Assert.Equal(File.ReadLines(samples).Count(), lines.Length);
        Assert.All(lines, l => Assert.True(l.TryGetProperty("verdict", out _), l.GetRawText()));
        Assert.Equal("block", lines.Single(l => l.GetProperty("id").GetString() == "s02").GetProperty("verdict").GetString());
        Assert.Equal("allow", lines.Single(l => l.GetProperty("id").GetString() == "s29").GetProperty("verdict").GetString());
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WildTrace.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WildTrace.slnx not found above the test binaries.");
    }
}
