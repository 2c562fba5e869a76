namespace WildTrace.Cli.Tests.Hashing;

public sealed class HashesCommandTests
{
    [Fact]
    public void Imported_csv_exports_unchanged_and_matches_its_images()
    {
        using TempFolder folder = new();
        string ivory = folder.Picture("ivory.png", 1);
        string other = folder.Picture("other.png", 5);
        string[] hashed = CliRun.Of("hash", ivory).OutputLines[0].Split(',');
        string hash = hashed[0];
        string csv = folder.File("bank.csv");
        File.WriteAllLines(csv, ["pdq_hash,species,product,source,confidence", $"{hash},Loxodonta africana,\"ivory, carved\",member:7,0.9"]);
        string bank = folder.File("ivory.wthb");

        CliRun imported = CliRun.Of("hashes", "import", "--bank", bank, csv);
        CliRun exported = CliRun.Of("hashes", "export", "--bank", bank);
        CliRun matched = CliRun.Of("hashes", "match", "--bank", bank, ivory, other);

        Assert.Equal(ExitCodes.Success, imported.ExitCode);
        Assert.Equal(File.ReadAllLines(csv), exported.OutputLines);
        Assert.Equal(ExitCodes.Success, matched.ExitCode);
        string line = Assert.Single(matched.OutputLines);
        Assert.Equal($"{ivory},{hash},{hashed[1]},{hash},0,Loxodonta africana,\"ivory, carved\",member:7,0.9", line);
    }

    [Fact]
    public void Import_accepts_bare_and_signal_typed_hash_lists_and_appends()
    {
        using TempFolder folder = new();
        string bank = folder.File("bank.wthb");
        File.WriteAllLines(folder.File("bare.csv"), [new string('a', 64)]);
        File.WriteAllLines(folder.File("typed.csv"), ["pdq," + new string('b', 64)]);

        CliRun first = CliRun.Of("hashes", "import", "--bank", bank, folder.File("bare.csv"));
        CliRun second = CliRun.Of("hashes", "import", "--bank", bank, folder.File("typed.csv"));

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first.ExitCode, second.ExitCode));
        Assert.Equal([$"{new string('a', 64)},,,,1", $"{new string('b', 64)},,,,1"], CliRun.Of("hashes", "export", "--bank", bank).OutputLines[1..].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Import_refuses_a_bad_row_and_leaves_no_bank()
    {
        using TempFolder folder = new();
        string csv = folder.File("bad.csv");
        File.WriteAllLines(csv, ["pdq_hash", new string('a', 64), "nothex"]);
        string bank = folder.File("bank.wthb");

        CliRun run = CliRun.Of("hashes", "import", "--bank", bank, csv);

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Equal([$"wildtrace: {csv}: line 3: not a PDQ hash (64 hex digits)"], run.ErrorLines);
        Assert.False(File.Exists(bank));
    }

    [Fact]
    public void Corrupt_bank_file_is_refused_with_a_clear_error()
    {
        using TempFolder folder = new();
        string bank = folder.File("bank.wthb");
        File.WriteAllLines(folder.File("one.csv"), [new string('a', 64)]);
        CliRun.Of("hashes", "import", "--bank", bank, folder.File("one.csv"));
        byte[] bytes = File.ReadAllBytes(bank);
        bytes[^40] ^= 1;
        File.WriteAllBytes(bank, bytes);

        CliRun run = CliRun.Of("hashes", "export", "--bank", bank);

        Assert.Equal(ExitCodes.IoFailure, run.ExitCode);
        Assert.Equal([$"wildtrace: {bank}: corrupt hash bank: checksum mismatch"], run.ErrorLines);
    }

    [Fact]
    public void Match_requires_a_bank()
    {
        int code = WildTraceCommand.Run(["hashes", "match", "x.png"]);

        Assert.Equal(ExitCodes.BadArguments, code);
    }
}
