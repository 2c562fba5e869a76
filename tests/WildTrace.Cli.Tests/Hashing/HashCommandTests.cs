using System.Text.RegularExpressions;

namespace WildTrace.Cli.Tests.Hashing;

public sealed partial class HashCommandTests
{
    [Fact]
    public void Prints_hash_quality_and_path_as_given_per_image()
    {
        using TempFolder folder = new();
        string a = folder.Picture("a.png", 1);
        string b = folder.Picture("b.png", 2);

        CliRun run = CliRun.Of("hash", a, b);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Matches(HashLine(), run.OutputLines[0]);
        Assert.EndsWith($",{a}", run.OutputLines[0], StringComparison.Ordinal);
        Assert.EndsWith($",{b}", run.OutputLines[1], StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Unreadable_files_are_reported_on_stderr_and_the_rest_still_hashed()
    {
        using TempFolder folder = new();
        string good = folder.Picture("good.png", 1);
        string broken = folder.File("broken.jpg");
        File.WriteAllText(broken, "not a jpeg");
        string missing = folder.File("missing.png");
        string alsoGood = folder.Picture("also-good.png", 3);

        CliRun run = CliRun.Of("hash", good, broken, missing, alsoGood);

        Assert.Equal(ExitCodes.IoFailure, run.ExitCode);
        Assert.Equal([good, alsoGood], run.OutputLines.Select(l => l.Split(',')[2]));
        Assert.Equal(
            [$"wildtrace: {broken}: not a supported image format", $"wildtrace: {missing}: no such file"],
            run.ErrorLines);
    }

    [Fact]
    public void Directories_are_searched_for_images_only()
    {
        using TempFolder folder = new();
        folder.Picture("b.png", 2);
        folder.Picture("a.png", 1);
        File.WriteAllText(folder.File("notes.txt"), "not an image, and not reported");

        CliRun run = CliRun.Of("hash", folder.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([folder.File("a.png"), folder.File("b.png")], run.OutputLines.Select(l => l.Split(',')[2]));
    }

    [Fact]
    public void Dihedral_prints_eight_hashes_then_quality_and_path()
    {
        using TempFolder folder = new();
        string a = folder.Picture("a.png", 1);
        string plain = CliRun.Of("hash", a).OutputLines[0];

        CliRun run = CliRun.Of("hash", "--dihedral", a);

        string[] cells = run.OutputLines.Single().Split(',');
        Assert.Equal(10, cells.Length);
        Assert.Equal(plain.Split(',')[0], cells[0]);
        Assert.All(cells[..8], c => Assert.Matches("^[0-9a-f]{64}$", c));
        Assert.Equal(plain.Split(',')[1..], cells[8..]);
    }

    [Fact]
    public void Missing_paths_are_bad_arguments()
    {
        int code = WildTraceCommand.Run(["hash"]);

        Assert.Equal(ExitCodes.BadArguments, code);
    }

    [GeneratedRegex("^[0-9a-f]{64},[0-9]{1,3},")]
    private static partial Regex HashLine();
}
