using System.Text.Json;
using WildTrace.Cli.Commands;
using WildTrace.Cli.Terms;
using WildTrace.Cli.Tests.Support;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Tests.Terms;

public sealed class TermsCommandTests
{
    [Fact]
    public void Validate_exits_0_on_a_valid_database()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "validate", "--data", data.Data], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", console.Output);
        Assert.Contains("6 terms, 2 taxa, 0 defects", console.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_prints_file_line_message_per_defect_and_exits_1()
    {
        string english = TermDataFixture.EnglishTsv +
            "en-tiger-bone\ttiger bone\ten\tproduct\tPanthera tigris\tbone\t0.9\t\tapproved\t2026-11-28\tcurator: x\n" +
            "en-ivory\tivory\ten\tproduct\tManidae\traw\t2\t\tapproved\t2026-11-28\t\n";
        using TermDataFixture data = new(english);
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "validate", "--data", data.Data], console.Streams);

        Assert.Equal(TermsCommand.DefectsFound, code);
        string file = Path.Combine(data.Data, "terms", "en.tsv");
        Assert.Equal(
            [
                $"{file}:7: unknown taxon 'Panthera tigris' (not in the species table)",
                $"{file}:8: weight '2' must be a number from 0 to 1",
                $"{file}:8: source is missing: cite a report, paper or listing, or write 'curator: <what and why>'",
            ],
            console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Validate_reports_a_missing_species_table()
    {
        using TermDataFixture data = new();
        File.Delete(Path.Combine(data.Data, "species", "species.tsv"));
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "validate", "--data", data.Data], console.Streams);

        Assert.Equal(TermsCommand.DefectsFound, code);
        Assert.Contains("species.tsv:0: cannot read", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_json_counts_terms_languages_and_taxa_and_maps_languages_and_kinds()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "stats", "--json", "--data", data.Data], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        JsonElement stats = JsonDocument.Parse(console.Output).RootElement;
        Assert.Equal((5, 2, 2), (stats.GetProperty("terms").GetInt32(), stats.GetProperty("languages").GetInt32(), stats.GetProperty("taxa").GetInt32()));
        Assert.Equal(4, stats.GetProperty("byLanguage").GetProperty("en").GetInt32());
        Assert.Equal(3, stats.GetProperty("byKind").GetProperty("product").GetInt32());
        Assert.Equal(1, stats.GetProperty("byStatus").GetProperty("proposed").GetInt32());
        JsonElement thinnest = stats.GetProperty("thinnestCells")[0];
        Assert.Equal(("vi", "Rhinocerotidae", 0), (thinnest.GetProperty("language").GetString(), thinnest.GetProperty("taxon").GetString(), thinnest.GetProperty("terms").GetInt32()));
    }

    [Fact]
    public void Stats_prints_a_table_by_language()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "stats", "--data", data.Data], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("5 terms in 2 languages, 2 taxa named by terms, 2 taxa in the species table", console.Output, StringComparison.Ordinal);
        Assert.Contains("thinnest language x taxon cells", console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("terms.csv")]
    [InlineData("terms.json")]
    public void Export_then_import_round_trips_every_field(string name)
    {
        using TermDataFixture source = new();
        using TermDataFixture target = new(hasTerms: false);
        string file = source.Path(name);
        using FakeConsole console = new();

        int exported = WildTraceCommand.Run(["terms", "export", "--data", source.Data, "--output", file], console.Streams);
        int imported = WildTraceCommand.Run(["terms", "import", file, "--data", target.Data], console.Streams);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exported, imported));
        TermDatabase before = TermDataFolder.Read(source.Data);
        TermDatabase after = TermDataFolder.Read(target.Data);
        Assert.Empty(after.Errors);
        Assert.Equal(before.Terms.OrderBy(t => t.Id, StringComparer.Ordinal), after.Terms.OrderBy(t => t.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Import_maps_older_kinds_and_can_mark_terms_for_review()
    {
        using TermDataFixture data = new();
        string file = data.Path("old.csv");
        File.WriteAllText(file, "id,text,language,category,species,weight,kind,source\nen-tagua,tagua nut,en,ivory,,0,look-alike,curator: look-alike\n");
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "import", file, "--data", data.Data, "--status", "Proposed"], console.Streams);

        Assert.Equal(ExitCodes.Success, code);
        Term tagua = TermDataFolder.Read(data.Data).Terms.Single(t => t.Id == "en-tagua");
        Assert.Equal(("negative-context", TermStatus.Proposed, "negative-context"), (tagua.Kind, tagua.Status, tagua.Category));
    }

    [Fact]
    public void Import_writes_nothing_when_a_term_is_already_in_the_database()
    {
        using TermDataFixture data = new();
        string file = data.Path("new.csv");
        File.WriteAllText(file, "id,text,language,kind,source\nen-new,pangolin shells,en,product,x\nen-other,Rhino Horn,en,product,x\n");
        string before = File.ReadAllText(Path.Combine(data.Data, "terms", "en.tsv"));
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "import", file, "--data", data.Data], console.Streams);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("'Rhino Horn' (en) is already in the database", console.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(data.Data, "terms", "en.tsv")));
    }

    [Fact]
    public void Export_to_an_unwritable_path_prints_one_line_and_exits_1()
    {
        using TermDataFixture data = new();
        using FakeConsole console = new();

        int code = WildTraceCommand.Run(["terms", "export", "--data", data.Data, "--output", "/nonexistent/dir/terms.csv"], console.Streams);

        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.StartsWith("wildtrace: ", console.Error, StringComparison.Ordinal);
        Assert.Single(console.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
