using WildTrace.Cli.Tests.Support;

namespace WildTrace.Cli.Tests.Terms;

/// <summary>A small term database in a temporary data folder: two taxa, English and Vietnamese terms.</summary>
internal sealed class TermDataFixture : IDisposable
{
    public const string SpeciesTsv =
        "taxon\trank\tgroup\tcites\tcites_since\tnote\tsource\n" +
        "Manidae\tfamily\tpangolins\tI\t2017-01-02\t\tCITES Appendices I, II and III (valid from 2025-02-07)\n" +
        "Rhinocerotidae\tfamily\trhinos\tI/II\t1977-02-04\tsplit listing\tCITES Appendices I, II and III (valid from 2025-02-07)\n";

    public const string TermHeader = "id\ttext\tlang\tkind\ttaxon\tproduct\tweight\tcontext\tstatus\tadded\tsource\n";

    public const string EnglishTsv = TermHeader +
        "en-rhino-horn\trhino horn\ten\tproduct\tRhinocerotidae\thorn\t0.95\t\tapproved\t2026-11-28\tcurator: standard name\n" +
        "en-pangolin-scales\tpangolin scales\ten\tproduct\tManidae\tscale\t0.9\t\tapproved\t2026-11-28\tcurator: standard name\n" +
        "en-for-sale\tfor sale\ten\tsale-intent\t\t\t0.3\t\tapproved\t2026-11-28\tcurator: \"sale\" phrase, common\n" +
        "en-white\twhite\ten\tcode-word\tRhinocerotidae\traw\t0.05\tneeds:sale\tproposed\t2026-11-28\tcurator: colour code word\n" +
        "en-scaly-anteater\tscaly anteater\ten\tcommon-name\tManidae\t\t0.4\t\tretired\t2026-11-28\tcurator: old name\n";

    public const string VietnameseTsv = TermHeader +
        "vi-vay-te-te\tvảy tê tê\tvi\tproduct\tManidae\tscale\t0.9\t\tapproved\t2026-11-28\tcurator: standard Vietnamese name\n";

    private readonly TempDirectory _dir = new();

    public TermDataFixture(string english = EnglishTsv, bool hasTerms = true)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Data, "species"));
        Directory.CreateDirectory(System.IO.Path.Combine(Data, "terms"));
        File.WriteAllText(System.IO.Path.Combine(Data, "species", "species.tsv"), SpeciesTsv);
        if (hasTerms)
        {
            File.WriteAllText(System.IO.Path.Combine(Data, "terms", "en.tsv"), english);
            File.WriteAllText(System.IO.Path.Combine(Data, "terms", "vi.tsv"), VietnameseTsv);
        }
    }

    public string Root => _dir.Path;

    public string Data => System.IO.Path.Combine(_dir.Path, "data");

    public string Path(string name) => System.IO.Path.Combine(_dir.Path, name);

    public void Dispose() => _dir.Dispose();
}
