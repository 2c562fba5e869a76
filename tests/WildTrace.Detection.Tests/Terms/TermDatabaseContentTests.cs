using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

/// <summary>Checks on the real database in data/ (species/species.tsv and terms/&lt;lang&gt;.tsv).</summary>
public sealed class TermDatabaseContentTests
{
    private static readonly Lazy<TermDatabase?> s_database = new(Load);

    [Fact]
    public void The_database_has_no_defects()
    {
        TermDatabase database = Database();

        Assert.Empty(database.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Every_term_names_its_source()
    {
        Assert.All(Database().Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Source), t.Id));
    }

    [Fact]
    public void No_two_terms_share_text_and_language()
    {
        var duplicates = Database().Terms
            .GroupBy(t => (Text: t.Text.ToLowerInvariant(), t.Language))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_taxon_named_by_a_term_is_in_the_species_table()
    {
        TermDatabase database = Database();

        Assert.All(database.Terms.Where(t => t.Species.Length > 0), t => Assert.True(database.Species.TryGet(t.Species, out _), t.Id));
    }

    private static TermDatabase Database()
    {
        Assert.SkipWhen(s_database.Value is null, "data/species/species.tsv is absent (the species table arrives with the data-a branch)");
        return s_database.Value!; // Not null: the line above skips otherwise.
    }

    private static TermDatabase? Load()
    {
        string? data = RepositoryData();
        string species = Path.Combine(data ?? "", "species", "species.tsv");
        if (data is null || !File.Exists(species))
        {
            return null;
        }

        TermDatabaseReader reader = new();
        using (FileStream stream = File.OpenRead(species))
        {
            reader.ReadSpecies(species, stream);
        }

        foreach (string file in Directory.GetFiles(Path.Combine(data, "terms"), "*.tsv"))
        {
            using FileStream stream = File.OpenRead(file);
            reader.ReadTerms(file, stream, Path.GetFileNameWithoutExtension(file));
        }

        return reader.Build();
    }

    private static string? RepositoryData()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WildTrace.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return null;
    }
}
