using System.Text;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

public sealed class TermDatabaseReaderTests
{
    private const string SpeciesHeader = "taxon\trank\tgroup\tcites\tcites_since\tnote\tsource\n";
    private const string TermHeader = "id\ttext\tlang\tkind\ttaxon\tproduct\tweight\tcontext\tstatus\tadded\tsource\n";
    private const string Species =
        SpeciesHeader +
        "Manidae\tfamily\tpangolins\tI\t2017-01-02\t\tCITES Appendices\n" +
        "Mammuthus primigenius\tspecies\textinct\tnone\t\tnot listed\tcurator: extinct\n";

    private static string Row(
        string id = "en-pangolin-scales", string text = "pangolin scales", string lang = "en", string kind = "product",
        string taxon = "Manidae", string product = "scale", string weight = "0.9", string context = "",
        string status = "approved", string added = "2026-11-28", string source = "curator: standard name") =>
        string.Join('\t', id, text, lang, kind, taxon, product, weight, context, status, added, source) + "\n";

    [Fact]
    public void Reads_a_valid_database_deriving_each_category_from_the_taxon_or_the_kind()
    {
        TermDatabase database = Read(TermHeader + Row() + Row("en-for-sale", "for sale", kind: "sale-intent", taxon: "", product: "", weight: "0.3"));

        Assert.Empty(database.Errors);
        Assert.Equal(["pangolins", "sale-intent"], database.Terms.Select(t => t.Category));
        Assert.Equal(new DateOnly(2017, 1, 2), database.Species.All.Single(s => s.Taxon == "Manidae").CitesSince);
    }

    [Theory]
    // Term rows: one defect each, the rest of the row valid.
    [InlineData("id", "pangolin scales", "must be <lang>-<ascii-slug>")]
    [InlineData("id", "fr-pangolin", "must start with its language 'en-'")]
    [InlineData("text", "", "text must be 1 to 256 characters")]
    [InlineData("lang", "fr", "does not match the file's language 'en'")]
    [InlineData("kind", "ivory-word", "unknown kind 'ivory-word'")]
    [InlineData("taxon", "Manis unknownensis", "unknown taxon 'Manis unknownensis'")]
    [InlineData("product", "scales", "unknown product 'scales'")]
    [InlineData("weight", "1.5", "weight '1.5' must be a number from 0 to 1")]
    [InlineData("weight", "0,9", "weight '0,9' must be a number from 0 to 1")]
    [InlineData("status", "approved?", "status 'approved?' must be approved, proposed or retired")]
    [InlineData("status", "", "status '' must be approved, proposed or retired")]
    [InlineData("added", "28/11/2026", "added '28/11/2026' must be a date written YYYY-MM-DD")]
    [InlineData("added", "2026-02-30", "must be a date written YYYY-MM-DD")]
    [InlineData("source", "", "source is missing")]
    // Context rules: unknown rules, conflicts.
    [InlineData("context", "needs:price", "unknown context rule 'needs:price'")]
    [InlineData("context", "requires:sale", "unknown context rule 'requires:sale'")]
    [InlineData("context-weight-0", "negates:Panthera tigris", "context rule 'negates:Panthera tigris' names an unknown taxon")]
    [InlineData("context", "negates:Manidae", "a term with context rule 'negates:Manidae' must have weight 0")]
    [InlineData("kind", "negative-context", "a negative-context term must have weight 0")]
    public void Reports_each_kind_of_defect_with_file_and_line(string column, string value, string message)
    {
        string row = column switch
        {
            "id" => Row(id: value),
            "text" => Row(text: value),
            "lang" => Row(lang: value, id: value + "-x"),
            "context-weight-0" => Row(context: value, weight: "0"),
            "kind" => Row(kind: value),
            "taxon" => Row(taxon: value),
            "product" => Row(product: value),
            "weight" => Row(weight: value),
            "status" => Row(status: value),
            "added" => Row(added: value),
            "source" => Row(source: value),
            _ => Row(context: value),
        };

        TermDatabase database = Read(TermHeader + "# a comment\n" + row);

        TermDatabaseError error = Assert.Single(database.Errors);
        Assert.Equal(("terms/en.tsv", 3), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("terms/en.tsv:3: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // Duplicates: the same text in another case, and a reused id.
    [InlineData("en-pangolin-scales-2", "Pangolin Scales", "duplicate term 'Pangolin Scales' in 'en' (first at terms/en.tsv:2)")]
    [InlineData("en-pangolin-scales", "scaly anteater", "duplicate id 'en-pangolin-scales' (first at terms/en.tsv:2)")]
    public void Reports_duplicate_ids_and_case_folded_texts(string secondId, string secondText, string message)
    {
        TermDatabase database = Read(TermHeader + Row() + Row(secondId, secondText));

        TermDatabaseError error = Assert.Single(database.Errors);
        Assert.Equal((3, message), (error.Line, error.Message));
    }

    [Theory]
    // File shape.
    [InlineData("id\ttext\tlanguage\n", 1, "the header must be")]
    [InlineData(TermHeader + "en-a\ta\ten\n", 2, "expected 11 tab-separated fields, found 3")]
    [InlineData("# only a comment\n", 1, "the file has no header row")]
    public void Reports_a_malformed_file(string content, int line, string message)
    {
        TermDatabase database = Read(content);

        TermDatabaseError error = Assert.Single(database.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Species rows: one defect each.
    [InlineData("Manis javanica\tkind\tpangolins\tI\t2017-01-02\t\tCITES\n", "unknown rank 'kind'")]
    [InlineData("Manis javanica\tspecies\tscaly\tI\t2017-01-02\t\tCITES\n", "unknown group 'scaly'")]
    [InlineData("Manis javanica\tspecies\tpangolins\tIV\t2017-01-02\t\tCITES\n", "cites 'IV' must be I, II, III, I/II or none")]
    [InlineData("Manis javanica\tspecies\tpangolins\tI\t\t\tCITES\n", "cites_since '' must be a date")]
    [InlineData("Manis javanica\tspecies\tpangolins\tnone\t2017-01-02\t\tCITES\n", "empty exactly when cites is none")]
    [InlineData("Manis javanica\tspecies\tpangolins\tI\t2017-01-02\t\t\n", "source is missing")]
    [InlineData("Manidae\tfamily\tpangolins\tI\t2017-01-02\t\tCITES\n", "duplicate taxon 'Manidae' (first at species.tsv:2)")]
    public void Reports_each_kind_of_species_defect(string row, string message)
    {
        TermDatabase database = Read(TermHeader + Row(), Species + row);

        TermDatabaseError error = Assert.Single(database.Errors);
        Assert.Equal(("species.tsv", 4), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ships_only_approved_terms_in_id_order()
    {
        TermDatabase database = Read(TermHeader +
            Row("en-z", "z") + Row("en-a", "a") + Row("en-p", "p", status: "proposed") + Row("en-r", "r", status: "retired"));

        Assert.Equal(["en-a", "en-z"], database.ApprovedTerms().Select(t => t.Id));
    }

    private static TermDatabase Read(string terms, string species = Species)
    {
        TermDatabaseReader reader = new();
        reader.ReadTerms("terms/en.tsv", new MemoryStream(Encoding.UTF8.GetBytes(terms)), "en");
        reader.ReadSpecies("species.tsv", new MemoryStream(Encoding.UTF8.GetBytes(species)));
        return reader.Build();
    }
}
