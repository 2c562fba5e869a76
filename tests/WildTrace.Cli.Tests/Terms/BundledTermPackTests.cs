using WildTrace.Cli.Terms;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Tests.Terms;

public sealed class BundledTermPackTests
{
    [Fact]
    public void The_bundled_pack_verifies_with_the_shipped_keys()
    {
        bool found = BundledTermPack.TryGet(out TermPack? pack, out string error);

        Assert.True(found, error);
        Assert.Contains(pack!.KeyId, TrustedPackKeys.Shipped.KeyIds);
        Assert.True(pack.Terms.Count > 1000, $"{pack.Terms.Count} terms");
    }

    [Fact]
    public void The_bundled_pack_holds_exactly_the_approved_terms_of_data()
    {
        string data = RepositoryData();
        Assert.SkipUnless(File.Exists(TermDataFolder.SpeciesFile(data)), "data/species/species.tsv is absent (it arrives with the data-a branch)");
        TermDatabase database = TermDataFolder.Read(data);
        BundledTermPack.TryGet(out TermPack? pack, out _);

        IReadOnlyList<Term> expected = database.ApprovedTerms();

        // When this fails, data/ changed after the last pack: run `wildtrace terms pack` (data/terms/README.md).
        Assert.Empty(database.Errors);
        Assert.Equal(expected.Count, pack!.Terms.Count);
        Assert.Equal(expected, pack.Terms);
        Assert.Equal(database.Species.All, pack.Species.All);
    }

    [Fact]
    public void Scan_uses_the_bundled_pack_by_default()
    {
        using WildTrace.Cli.Tests.Support.FakeConsole console = new(WildTrace.Cli.Tests.Support.Jsonl.Line(new { id = "1", title = "rhino horn" }));

        int code = WildTraceCommand.Run(["scan"], console.Streams);

        // "rhinos" is the policy group the term database derives; the older built-in list says "rhino-horn".
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"category\":\"rhinos\"", console.Output, StringComparison.Ordinal);
    }

    private static string RepositoryData()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WildTrace.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no WildTrace.slnx above " + AppContext.BaseDirectory);
    }
}
