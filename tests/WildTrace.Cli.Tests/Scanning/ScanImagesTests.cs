using System.Text.Json;
using WildTrace.Cli.Hashing;
using WildTrace.Cli.Tests.Hashing;
using WildTrace.Cli.Tests.Support;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Tests.Scanning;

public sealed class ScanImagesTests : IDisposable
{
    private static readonly HashLabels s_labels = new("Manis javanica", "pangolin scales", "case-9", 0.9);

    private readonly TempFolder _folder = new();

    [Fact]
    public void Local_image_in_the_bank_adds_a_reason_and_an_images_entry()
    {
        string picture = _folder.Picture("scales.png", seed: 3);
        PdqHash hash = HashOf(picture);
        string bank = SaveBank(hash);
        string input = Jsonl.Line(new { id = "p1", title = "Dried goods", images = new object[] { "https://img.example/x.jpg", picture } });

        JsonElement verdict = ScanOne(input, "--bank", bank);

        Assert.Equal("block", verdict.GetProperty("verdict").GetString());
        Assert.Equal(
            [
                "images[1] matches a banked picture of pangolin scales, Manis javanica (source case-9, confidence 0.9, distance 0 bits)",
                "images[0] not checked: the host does not open this location (remote images are not fetched)",
            ],
            verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        JsonElement image = Assert.Single(verdict.GetProperty("images").EnumerateArray().ToArray());
        Assert.Equal(
            $$$"""{"index":1,"pdq":"{{{hash}}}","bankPdq":"{{{hash}}}","distance":0,"labels":{"species":"Manis javanica","product":"pangolin scales","source":"case-9","confidence":0.9}}""",
            image.GetRawText());
        Assert.Empty(verdict.GetProperty("matches").EnumerateArray());
    }

    [Fact]
    public void Precomputed_pdq_near_a_banked_hash_matches_and_a_far_one_does_not()
    {
        PdqHash banked = HashOf(_folder.Picture("a.png", seed: 3));
        PdqHash unrelated = HashOf(_folder.Picture("b.png", seed: 7));
        string bank = SaveBank(banked);
        string input =
            Jsonl.Line(new { id = "near", images = new[] { new { pdq = banked.ToString().ToUpperInvariant() } } }) +
            Jsonl.Line(new { id = "far", images = new[] { new { pdq = unrelated.ToString() } } });

        JsonElement[] verdicts = Scan(input, out int code, "--bank", bank);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["block", "allow"], verdicts.Select(v => v.GetProperty("verdict").GetString()));
        Assert.Equal(0, verdicts[0].GetProperty("images")[0].GetProperty("distance").GetInt32());
        Assert.False(verdicts[1].TryGetProperty("images", out _));
        Assert.True(banked.DistanceTo(unrelated) > PdqHash.MatchThresholdBits);
    }

    [Fact]
    public void Unreadable_image_is_noted_and_the_scan_goes_on()
    {
        string bank = SaveBank(HashOf(_folder.Picture("a.png", seed: 3)));
        File.WriteAllText(_folder.File("broken.png"), "not an image");
        string input =
            Jsonl.Line(new { id = "1", title = "rhino horn", images = new[] { _folder.File("missing.png"), _folder.File("broken.png") } }) +
            Jsonl.Line(new { id = "2", title = "bike" });

        JsonElement[] verdicts = Scan(input, out int code, "--bank", bank);

        Assert.Equal(ExitCodes.Success, code);
        string[] reasons = [.. verdicts[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
        Assert.Equal("images[0] not checked: no such file", reasons[1]);
        Assert.StartsWith("images[1] not checked: ", reasons[2], StringComparison.Ordinal);
        Assert.Equal("block", verdicts[0].GetProperty("verdict").GetString());
        Assert.Equal("allow", verdicts[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public void No_images_option_leaves_images_alone()
    {
        string picture = _folder.Picture("a.png", seed: 3);
        string bank = SaveBank(HashOf(picture));

        JsonElement verdict = ScanOne(Jsonl.Line(new { id = "1", images = new[] { picture } }), "--bank", bank, "--no-images");

        Assert.Equal("allow", verdict.GetProperty("verdict").GetString());
        Assert.False(verdict.TryGetProperty("images", out _));
        Assert.Empty(verdict.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public void Bundled_bank_is_empty_so_no_image_is_opened()
    {
        JsonElement verdict = ScanOne(Jsonl.Line(new { id = "1", images = new[] { _folder.File("missing.png") } }));

        Assert.Equal(0, BankFile.LoadBundled().Count);
        Assert.Empty(verdict.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public void Images_are_hashed_on_worker_threads_with_the_same_output()
    {
        string[] pictures = [.. Enumerable.Range(0, 6).Select(i => _folder.Picture($"p{i}.png", seed: i + 1))];
        string bank = SaveBank(HashOf(pictures[2]), HashOf(pictures[5]));
        string input = string.Concat(Enumerable.Range(0, 60).Select(i =>
            Jsonl.Line(new { id = $"L{i}", images = new[] { pictures[i % 6], pictures[(i + 1) % 6] } })));

        string sequential = ScanText(input, "--bank", bank, "--threads", "1");
        string parallel = ScanText(input, "--bank", bank, "--threads", "4");

        Assert.Equal(sequential, parallel);
        Assert.Equal(40, Jsonl.Parse(parallel).Count(v => v.TryGetProperty("images", out _))); // i % 6 in {1, 2, 4, 5}
    }

    [Fact]
    public void Corrupt_bank_exits_2_with_one_line()
    {
        string bank = SaveBank(HashOf(_folder.Picture("a.png", seed: 3)));
        byte[] bytes = File.ReadAllBytes(bank);
        bytes[^40] ^= 0x01; // a bit of the last hash, before the 32-byte checksum
        File.WriteAllBytes(bank, bytes);
        using FakeConsole console = new(Jsonl.Line(new { id = "1" }));

        int code = WildTraceCommand.Run(["scan", "--bank", bank], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal($"wildtrace: {bank}: corrupt hash bank: checksum mismatch\n", console.Error);
        Assert.Equal("", console.Output);
    }

    [Fact]
    public void File_that_is_not_a_bank_exits_2_with_one_line()
    {
        string path = _folder.File("notes.txt");
        File.WriteAllText(path, "not a bank at all");
        using FakeConsole console = new(Jsonl.Line(new { id = "1" }));

        int code = WildTraceCommand.Run(["scan", "--bank", path], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal($"wildtrace: {path}: not a WildTrace hash bank (bad magic number)\n", console.Error);
    }

    [Fact]
    public void Missing_bank_exits_2()
    {
        using FakeConsole console = new(Jsonl.Line(new { id = "1" }));

        int code = WildTraceCommand.Run(["scan", "--bank", _folder.File("none.wthb")], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal($"wildtrace: {_folder.File("none.wthb")}: no such file\n", console.Error);
    }

    public void Dispose() => _folder.Dispose();

    private static PdqHash HashOf(string path)
    {
        Assert.True(new ImageFileHasher(PdqHasher.Default).TryHash(path, out PdqHashResult result, out string? error), error);
        return result.Hash;
    }

    private string SaveBank(params PdqHash[] hashes)
    {
        string path = _folder.File("bank.wthb");
        Assert.True(BankFile.TrySave(HashBank.Create(hashes.Select(h => new HashBankEntry(h, s_labels))), path, out string? error), error);
        return path;
    }

    private static JsonElement ScanOne(string input, params string[] options) => Assert.Single(Scan(input, out _, options));

    private static JsonElement[] Scan(string input, out int code, params string[] options)
    {
        using FakeConsole console = new(input);
        code = WildTraceCommand.Run(["scan", .. options], console.Streams);
        return Jsonl.Parse(console.Output);
    }

    private static string ScanText(string input, params string[] options)
    {
        using FakeConsole console = new(input);
        Assert.Equal(ExitCodes.Success, WildTraceCommand.Run(["scan", .. options], console.Streams));
        return console.Output;
    }
}
