using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using WildTrace.Detection.Terms;

namespace WildTrace.Benchmarks;

/// <summary>
/// Loading and verifying a 50,000-term pack (target: under 200 ms, issue #3), against reading the same terms from a
/// TSV term list, the format packs replace. Terms are synthetic but sized like data/terms: ~20-character texts,
/// 40 languages, 2,000 distinct ~120-character sources.
/// </summary>
[MemoryDiagnoser]
public class TermPackBenchmarks
{
    private const int TermCount = 50_000;

    private byte[] _pack = [];
    private byte[] _tsv = [];
    private TermPackTrust _trust = null!;

    [GlobalSetup]
    public void Setup()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _trust = TermPackTrust.FromPem([key.ExportSubjectPublicKeyInfoPem()]);
        Species[] species = [.. Enumerable.Range(0, 200).Select(i => new Species
        {
            Taxon = $"Genus{i} species{i}", Rank = "species", Group = "other-mammals", Cites = "II", CitesSince = new DateOnly(1975, 7, 1), Source = "CITES Appendices",
        })];
        Term[] terms = [.. Enumerable.Range(0, TermCount).Select(i => new Term
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"l{i % 40}-term-{i}"),
            Text = string.Create(CultureInfo.InvariantCulture, $"synthetic term {i} text"),
            Language = string.Create(CultureInfo.InvariantCulture, $"l{i % 40}"),
            Category = "other-mammals",
            Species = species[i % species.Length].Taxon,
            Kind = "product",
            Product = "raw",
            Weight = (i % 100) / 100.0,
            Context = i % 5 == 0 ? "needs:sale" : "",
            Added = new DateOnly(2026, 11, 28),
            Source = string.Create(CultureInfo.InvariantCulture, $"Report {i % 2000} on online wildlife trade, https://example.org/reports/{i % 2000}/online-wildlife-trade-monitoring-2021-2025"),
        })];
        using MemoryStream pack = new();
        TermPackWriter.WritePack(pack, "bench", 1, DateTimeOffset.UnixEpoch, terms, new SpeciesTable(species), key);
        _pack = pack.ToArray();
        StringBuilder tsv = new("id\ttext\tlanguage\tcategory\tspecies\tweight\tkind\tsource\n");
        foreach (Term t in terms)
        {
            tsv.Append(CultureInfo.InvariantCulture, $"{t.Id}\t{t.Text}\t{t.Language}\t{t.Category}\t{t.Species}\t{t.Weight}\t{t.Kind}\t{t.Source}\n");
        }

        _tsv = Encoding.UTF8.GetBytes(tsv.ToString());
    }

    [Benchmark(Baseline = true)]
    public int ReadTsvTermList() => TermListReader.Read(new MemoryStream(_tsv), TermListFormat.Tsv).Terms.Count;

    [Benchmark]
    public int ReadAndVerifyPack() => TermPackReader.Read(new MemoryStream(_pack), _trust).Terms.Count;
}
