using System.Security.Cryptography;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

/// <summary>Small packs signed with throwaway keys: the tests never need the real signing key.</summary>
internal static class TermPackFixture
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static SpeciesTable Species { get; } = new(
    [
        new Species { Taxon = "Manidae", Rank = "family", Group = "pangolins", Cites = "I", CitesSince = new DateOnly(2017, 1, 2), Source = "CITES" },
        new Species { Taxon = "Rhinocerotidae", Rank = "family", Group = "rhinos", Cites = "I/II", CitesSince = new DateOnly(1977, 2, 4), Source = "CITES" },
    ]);

    public static Term Term(string id, string text, double weight = 0.8, string taxon = "Manidae") => new()
    {
        Id = id, Text = text, Language = "en", Category = taxon.Length > 0 ? "pangolins" : "sale-intent", Species = taxon,
        Kind = "product", Product = "scale", Weight = weight, Context = "", Status = TermStatus.Approved,
        Added = new DateOnly(2026, 11, 28), Source = "curator: test",
    };

    public static Term[] Version1 { get; } =
    [
        Term("en-pangolin-scales", "pangolin scales", 0.9),
        Term("en-rhino-horn", "rhino horn", 0.95, "Rhinocerotidae"),
        Term("en-for-sale", "for sale", 0.3, "") with { Kind = "sale-intent", Product = "", Context = "" },
        Term("en-white", "white", 0.05) with { Context = "needs:sale" },
    ];

    public static byte[] Pack(ECDsa key, IEnumerable<Term> terms, int version = 1)
    {
        using MemoryStream output = new();
        TermPackWriter.WritePack(output, "test-terms", version, CreatedAt, terms, Species, key);
        return output.ToArray();
    }

    public static TermPackTrust TrustOf(params ECDsa[] keys) => TermPackTrust.FromPem(keys.Select(k => k.ExportSubjectPublicKeyInfoPem()));

    public static TermPack Read(byte[] pack, TermPackTrust trust) => TermPackReader.Read(new MemoryStream(pack), trust);
}
