using System.Text;
using System.Text.Json;
using WildTrace.Cli.Scanning;
using WildTrace.Cli.Tests.Support;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Tests.Scanning;

public sealed partial class ScanPipelineTests
{
    private static readonly ListingScanner s_scanner = new(TermMatcher.Create(
    [
        new Term { Id = "en-rhino-horn", Text = "rhino horn", Language = "en", Category = "rhino-horn", Species = "Rhinocerotidae", Weight = 0.9 },
        new Term { Id = "en-ivory", Text = "ivory", Language = "en", Category = "ivory", Weight = 0.5 },
        new Term { Id = "zh-ivory", Text = "象牙", Language = "zh", Category = "ivory", Weight = 0.7 },
    ]));

    private static readonly string[] s_images = ["x.jpg"];

    [Fact]
    public void Writes_a_verdict_with_every_contract_field()
    {
        string input = Jsonl.Line(new { id = "a1", title = "Rhino horn cup", text = "genuine", price = 10.5, images = s_images });

        JsonElement verdict = Assert.Single(Scan(input, out _));

        Assert.Equal(["id", "verdict", "score", "matches", "reasons"], verdict.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a1", verdict.GetProperty("id").GetString());
        Assert.Equal("block", verdict.GetProperty("verdict").GetString());
        Assert.Equal(0.9, verdict.GetProperty("score").GetDouble());
        JsonElement match = Assert.Single(verdict.GetProperty("matches").EnumerateArray().ToArray());
        Assert.Equal(
            """{"term":"rhino horn","termId":"en-rhino-horn","lang":"en","category":"rhino-horn","species":"Rhinocerotidae","field":"title","start":0,"end":10}""",
            match.GetRawText());
        Assert.Equal(["'rhino horn' in title (rhino-horn, weight 0.9)"], verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void Match_offsets_slice_the_original_field_text()
    {
        const string title = "🐘 Old IVORY, 象牙 and Rhino Horn";
        const string text = "ivory\u00A0bangle; ＲＨＩＮＯ? no: rhino horn";
        string input = Jsonl.Line(new { id = "o", title, text });

        JsonElement verdict = Assert.Single(Scan(input, out _));

        string[] slices = [.. verdict.GetProperty("matches").EnumerateArray().Select(m =>
        {
            string field = m.GetProperty("field").GetString() == "title" ? title : text;
            int start = m.GetProperty("start").GetInt32();
            return field.Substring(start, m.GetProperty("end").GetInt32() - start);
        })];
        Assert.Equal(["IVORY", "象牙", "Rhino Horn", "ivory", "rhino horn"], slices);
    }

    [Fact]
    public void Keeps_input_order_with_four_threads()
    {
        StringBuilder input = new();
        for (int i = 0; i < 20_000; i++)
        {
            input.Append(i % 97 == 0 ? "not json\n" : Jsonl.Line(new { id = $"L{i}", title = i % 3 == 0 ? "ivory" : "bike", text = new string('x', i % 700) }));
        }

        string sequential = ScanText(input.ToString(), new ScanPipelineOptions { Threads = 1 }, out _);
        string parallel = ScanText(input.ToString(), new ScanPipelineOptions { Threads = 4 }, out ScanSummary summary);

        Assert.Equal(sequential, parallel);
        JsonElement[] lines = Jsonl.Parse(parallel);
        Assert.Equal(20_000, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            string expected = i % 97 == 0 ? $"line {i + 1}: " : $"L{i}";
            string actual = i % 97 == 0 ? lines[i].GetProperty("error").GetString()! : lines[i].GetProperty("id").GetString()!;
            Assert.StartsWith(expected, actual, StringComparison.Ordinal);
        }

        Assert.Equal(20_000, summary.Lines);
        Assert.Equal(207, summary.Errors);
    }

    [Fact]
    public void Cuts_batches_at_the_line_limit_without_changing_the_output()
    {
        string input = string.Concat(Enumerable.Range(0, 9).Select(i => Jsonl.Line(new { id = $"b{i}", title = "ivory" })));
        int batches = 0;

        string small = ScanText(input, new ScanPipelineOptions { Threads = 3, MaxBatchLines = 2, Progress = _ => batches++ }, out _);

        Assert.Equal(5, batches);
        Assert.Equal(ScanText(input, ScanPipelineOptions.Default, out _), small);
    }

    [Theory]
    // Broken JSON: the id is reported when it was read before the break
    [InlineData("{\"id\":\"k1\",\"title\":\"ivory\"", "k1", "line 1: invalid JSON at byte")]
    [InlineData("{\"title\":", null, "line 1: invalid JSON at byte")]
    [InlineData("not json", null, "line 1: invalid JSON at byte")]
    [InlineData("{\"id\":\"k1\"} trailing", "k1", "line 1: invalid JSON at byte")]
    // Wrong shapes and types
    [InlineData("[1,2]", null, "line 1: a listing must be a JSON object")]
    [InlineData("{\"title\":\"ivory\"}", null, "line 1: missing 'id'")]
    [InlineData("{\"id\":42}", null, "line 1: 'id' must be a string")]
    [InlineData("{\"id\":\"\"}", "", "line 1: 'id' is empty")]
    [InlineData("{\"title\":5,\"id\":\"k2\"}", "k2", "line 1: 'title' must be a string")]
    [InlineData("{\"id\":\"k3\",\"price\":\"12\"}", "k3", "line 1: 'price' must be a number")]
    [InlineData("{\"id\":\"k4\",\"images\":[\"a\",1]}", "k4", "line 1: 'images' must be an array of strings")]
    [InlineData("{\"id\":\"k5\",\"seller\":{\"name\":\"x\"}}", "k5", "line 1: 'seller' must be a string")]
    // Images: strings, or {"pdq", "path"} objects; a malformed item spoils the line
    [InlineData("{\"id\":\"k6\",\"images\":\"a.jpg\"}", "k6", "line 1: 'images' must be an array of strings (paths or URLs) or {\"pdq\", \"path\"} objects")]
    [InlineData("{\"id\":\"k7\",\"images\":[\"a.jpg\",{\"pdq\":\"xyz\"}]}", "k7", "line 1: 'images[1].pdq' is not a PDQ hash (64 hexadecimal digits)")]
    [InlineData("{\"id\":\"k8\",\"images\":[{\"pdq\":5}]}", "k8", "line 1: 'images[0].pdq' must be a string")]
    [InlineData("{\"id\":\"k9\",\"images\":[{\"path\":[]}]}", "k9", "line 1: 'images[0].path' must be a string")]
    // Blank lines are reported, not dropped
    [InlineData("   ", null, "line 1: blank line")]
    public void Reports_a_malformed_line_and_goes_on(string line, string? id, string error)
    {
        string input = line + "\n" + Jsonl.Line(new { id = "next", title = "ivory" });

        JsonElement[] lines = Scan(input, out ScanSummary summary);

        Assert.Equal(2, lines.Length);
        Assert.Equal(id, lines[0].GetProperty("id").GetString());
        Assert.StartsWith(error, lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(lines[0].TryGetProperty("verdict", out _));
        Assert.Equal("review", lines[1].GetProperty("verdict").GetString());
        Assert.Equal(1, summary.Errors);
    }

    [Fact]
    public void Ignores_unknown_fields_and_nulls()
    {
        string input = """{"id":"u","extra":{"deep":[1,{"x":null}]},"title":null,"text":"ivory","price":null,"\u0069mages":null}""" + "\n";

        JsonElement verdict = Assert.Single(Scan(input, out _));

        Assert.Equal("review", verdict.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Reports_a_line_over_the_length_limit_and_goes_on()
    {
        string input = Jsonl.Line(new { id = "big", text = new string('x', 5000) }) + Jsonl.Line(new { id = "small", text = "ivory" });

        string output = ScanText(input, new ScanPipelineOptions { MaxLineBytes = 1000 }, out _);

        JsonElement[] lines = Jsonl.Parse(output);
        Assert.Equal("line 1: longer than 1000 bytes", lines[0].GetProperty("error").GetString());
        Assert.Equal("small", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public void Reports_invalid_utf8()
    {
        byte[] input = [.. "{\"id\":\"a\",\"text\":\""u8, 0xC3, 0x28, .. "\"}\n"u8];

        JsonElement line = Assert.Single(Jsonl.Parse(ScanBytes(input, ScanPipelineOptions.Default, out _)));

        Assert.Equal("line 1: line is not valid UTF-8", line.GetProperty("error").GetString());
    }

    [Fact]
    public void Reads_crlf_a_byte_order_mark_and_a_last_line_without_newline()
    {
        byte[] input = [.. Encoding.UTF8.Preamble, .. "{\"id\":\"a\"}\r\n{\"id\":\"b\",\"text\":\"ivory\"}"u8];

        JsonElement[] lines = Jsonl.Parse(ScanBytes(input, ScanPipelineOptions.Default, out ScanSummary summary));

        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(0, summary.Errors);
        Assert.Equal(input.Length, summary.Bytes);
    }

    [Fact]
    public void Writes_nothing_for_empty_input()
    {
        Assert.Equal("", ScanText("", ScanPipelineOptions.Default, out ScanSummary summary));
        Assert.Equal(0, summary.Lines);
    }

    [Fact]
    public void Counts_verdicts_in_the_summary()
    {
        string input = Jsonl.Line(new { id = "1", title = "rhino horn" }) + Jsonl.Line(new { id = "2", title = "ivory" }) +
            Jsonl.Line(new { id = "3", title = "bike" }) + "oops\n";

        Scan(input, out ScanSummary summary);

        Assert.Equal((4L, 1L, 1L, 1L, 1L), (summary.Lines, summary.Blocked, summary.Reviewed, summary.Allowed, summary.Errors));
    }

    [Fact]
    public void Reports_progress_after_each_batch()
    {
        List<ScanProgress> reports = [];
        string input = string.Concat(Enumerable.Range(0, 10).Select(i => Jsonl.Line(new { id = $"{i}" })));

        ScanText(input, new ScanPipelineOptions { Progress = reports.Add }, out _);

        Assert.Equal(new ScanProgress(Encoding.UTF8.GetByteCount(input), 10), reports[^1]);
    }

    private static JsonElement[] Scan(string input, out ScanSummary summary) =>
        Jsonl.Parse(ScanText(input, ScanPipelineOptions.Default, out summary));

    private static string ScanText(string input, ScanPipelineOptions options, out ScanSummary summary) =>
        ScanBytes(Encoding.UTF8.GetBytes(input), options, out summary);

    private static string ScanBytes(byte[] input, ScanPipelineOptions options, out ScanSummary summary)
    {
        using MemoryStream output = new();
        summary = ScanPipeline.Run(new MemoryStream(input), output, s_scanner, options, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
