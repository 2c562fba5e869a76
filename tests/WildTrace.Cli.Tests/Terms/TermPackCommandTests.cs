using WildTrace.Cli.Terms;
using WildTrace.Cli.Tests.Support;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Tests.Terms;

public sealed class TermPackCommandTests
{
    [Fact]
    public void Keygen_keeps_the_private_key_owner_only_and_writes_the_public_key_by_id()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "keygen", "--key", data.Path("key.pem"), "--public-out", data.Path("keys")], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        string publicKey = Assert.Single(Directory.GetFiles(data.Path("keys")));
        TermPackTrust trust = TermPackTrust.FromPem([File.ReadAllText(publicKey)]);
        Assert.Equal(Path.GetFileNameWithoutExtension(publicKey), Assert.Single(trust.KeyIds));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(data.Path("key.pem")));
        }
    }

    [Fact]
    public void Keygen_never_overwrites_a_signing_key()
    {
        using TermDataFixture data = new();
        File.WriteAllText(data.Path("key.pem"), "precious");
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "keygen", "--key", data.Path("key.pem"), "--public-out", data.Path("keys")], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("precious", File.ReadAllText(data.Path("key.pem")));
    }

    [Fact]
    public void Packs_the_approved_terms_and_numbers_each_new_pack_one_higher()
    {
        using TermDataFixture data = new();
        string publicKey = MakeKey(data);
        using FakeConsole console = new();

        int first = WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("key.pem")], console.Streams);
        int second = WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("key.pem")], console.Streams);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first, second));
        using FileStream stream = File.OpenRead(TermPackBuild.DefaultOutput(data.Data));
        TermPack pack = TermPackReader.Read(stream, TermPackTrust.FromPem([File.ReadAllText(publicKey)]));
        Assert.Equal(2, pack.Version);
        Assert.Equal(["en-for-sale", "en-pangolin-scales", "en-rhino-horn", "vi-vay-te-te"], pack.Terms.Select(t => t.Id));
        Assert.Equal(TermDataFolder.Read(data.Data).ApprovedTerms(), pack.Terms);
    }

    [Fact]
    public void Refuses_to_pack_an_invalid_database()
    {
        using TermDataFixture data = new(TermDataFixture.EnglishTsv + "en-bad\tbad\ten\tword\t\t\t0.1\t\tapproved\t2026-11-28\tx\n");
        MakeKey(data);
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("key.pem")], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("en.tsv:7: unknown kind 'word'", console.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(TermPackBuild.DefaultOutput(data.Data)));
    }

    [Fact]
    public void Refuses_to_pack_without_a_signing_key()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("missing.pem")], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("cannot read the pack signing key", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_uses_a_pack_file_signed_by_a_key_given_with_trust_key()
    {
        using TermDataFixture data = new();
        string publicKey = MakeKey(data);
        string pack = data.Path("my.pack");
        string input = data.Path("in.jsonl");
        File.WriteAllText(input, Jsonl.Line(new { id = "1", title = "vảy tê tê" }));
        using FakeConsole console = new();
        WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("key.pem"), "--output", pack], console.Streams);

        int code = WildTraceCommand.Run(["scan", "--input", input, "--terms", pack, "--trust-key", publicKey], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"termId\":\"vi-vay-te-te\"", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_refuses_a_pack_file_signed_by_an_untrusted_key()
    {
        using TermDataFixture data = new();
        MakeKey(data);
        string pack = data.Path("my.pack");
        using FakeConsole console = new();
        WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--key", data.Path("key.pem"), "--output", pack], console.Streams);

        int code = WildTraceCommand.Run(["scan", "--terms", pack], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains($"wildtrace: term pack '{pack}': term pack is signed with key", console.Error, StringComparison.Ordinal);
        Assert.Contains("which is not trusted", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Delta_between_two_packs_applies_to_the_older_one()
    {
        using TermDataFixture data = new();
        string publicKey = MakeKey(data);
        using FakeConsole console = new();
        string[] key = ["--key", data.Path("key.pem")];
        WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--output", data.Path("v1.pack"), .. key], console.Streams);
        string english = Path.Combine(data.Data, "terms", "en.tsv");
        File.WriteAllText(english, File.ReadAllText(english).Replace("\tproposed\t", "\tapproved\t", StringComparison.Ordinal).Replace("0.95", "0.9", StringComparison.Ordinal));
        WildTraceCommand.Run(["terms", "pack", "--data", data.Data, "--output", data.Path("v2.pack"), "--version", "2", .. key], console.Streams);

        int code = WildTraceCommand.Run(
            ["terms", "delta", data.Path("v1.pack"), data.Path("v2.pack"), "--output", data.Path("1-2.delta"), "--trust-key", publicKey, .. key], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        TermPackTrust trust = TermPackTrust.FromPem([File.ReadAllText(publicKey)]);
        TermPack v1 = TermPackReader.Read(File.OpenRead(data.Path("v1.pack")), trust);
        TermPack v2 = TermPackReader.Read(File.OpenRead(data.Path("v2.pack")), trust);
        TermPackDelta delta = TermPackReader.ReadDelta(File.OpenRead(data.Path("1-2.delta")), trust);
        Assert.Equal(["en-white"], delta.Added.Select(t => t.Id));
        Assert.Equal(["en-rhino-horn"], delta.Changed.Select(t => t.Id));
        Assert.Equal(v2.Terms, delta.Apply(v1).Terms);
    }

    private static string MakeKey(TermDataFixture data)
    {
        using FakeConsole console = new();
        Assert.Equal(ExitCodes.Success, WildTraceCommand.Run(["terms", "keygen", "--key", data.Path("key.pem"), "--public-out", data.Path("keys")], console.Streams));
        return Assert.Single(Directory.GetFiles(data.Path("keys")));
    }
}
