using System.Security.Cryptography;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

public sealed class TermPackDeltaTests : IDisposable
{
    private readonly ECDsa _key = TermPackSignature.CreateKey();

    public void Dispose() => _key.Dispose();

    // Version 2: one term retired (en-white), one changed (weight and context of en-for-sale), one added.
    private static Term[] Version2 { get; } =
    [
        TermPackFixture.Version1[0],
        TermPackFixture.Version1[1],
        TermPackFixture.Version1[2] with { Weight = 0.35, Context = "needs:product" },
        TermPackFixture.Term("en-pangolin-scale-powder", "pangolin scale powder", 0.9) with { Product = "powder" },
    ];

    [Fact]
    public void Applying_the_delta_to_version_1_gives_version_2()
    {
        TermPack v1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1));
        TermPack v2 = Read(TermPackFixture.Pack(_key, Version2, 2));

        TermPackDelta delta = ReadDelta(Delta(v1, v2));
        TermPack applied = delta.Apply(v1);

        Assert.Equal(v2.Terms, applied.Terms);
        Assert.Equal(v2.Species.All, applied.Species.All);
        Assert.Equal((v2.PackId, v2.Version), (applied.PackId, applied.Version));
    }

    [Fact]
    public void Carries_added_and_changed_terms_and_tombstones_for_retired_ids()
    {
        TermPack v1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1));
        TermPack v2 = Read(TermPackFixture.Pack(_key, Version2, 2));

        TermPackDelta delta = ReadDelta(Delta(v1, v2));

        Assert.Equal(["en-pangolin-scale-powder"], delta.Added.Select(t => t.Id));
        Assert.Equal([Version2[2]], delta.Changed);
        Assert.Equal(["en-white"], delta.RetiredIds);
        Assert.Equal((1, 2), (delta.BaseVersion, delta.Version));
    }

    [Fact]
    public void Is_smaller_than_the_full_pack_when_little_changed()
    {
        Term[] many = [.. Enumerable.Range(0, 500).Select(i => TermPackFixture.Term($"en-t{i}", $"term {i}"))];
        TermPack v1 = Read(TermPackFixture.Pack(_key, many, 1));
        byte[] fullV2 = TermPackFixture.Pack(_key, [.. many.Skip(1), TermPackFixture.Term("en-new", "new term")], 2);

        byte[] delta = Delta(v1, Read(fullV2));

        Assert.True(delta.Length * 5 < fullV2.Length, $"delta {delta.Length} bytes, full pack {fullV2.Length}");
    }

    [Fact]
    public void Refuses_to_apply_to_another_version()
    {
        TermPack v1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1));
        TermPack v2 = Read(TermPackFixture.Pack(_key, Version2, 2));
        TermPackDelta delta = ReadDelta(Delta(v1, v2));

        TermPackException e = Assert.Throws<TermPackException>(() => delta.Apply(v2));

        Assert.Equal(TermPackFailure.BaseMismatch, e.Failure);
    }

    [Fact]
    public void Refuses_a_base_whose_content_differs_from_the_published_version()
    {
        TermPack v1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1));
        TermPack v2 = Read(TermPackFixture.Pack(_key, Version2, 2));
        TermPack forkedV1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1[1..], 1));
        TermPackDelta delta = ReadDelta(Delta(v1, v2));

        TermPackException e = Assert.Throws<TermPackException>(() => delta.Apply(forkedV1));

        Assert.Equal(TermPackFailure.DigestMismatch, e.Failure);
    }

    [Fact]
    public void Rejects_a_delta_with_a_flipped_byte()
    {
        TermPack v1 = Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1));
        byte[] delta = Delta(v1, Read(TermPackFixture.Pack(_key, Version2, 2)));
        delta[^3] ^= 0x40;

        TermPackException e = Assert.Throws<TermPackException>(() => ReadDelta(delta));

        Assert.Equal(TermPackFailure.DigestMismatch, e.Failure);
    }

    private TermPack Read(byte[] pack) => TermPackFixture.Read(pack, TermPackFixture.TrustOf(_key));

    private TermPackDelta ReadDelta(byte[] delta) => TermPackReader.ReadDelta(new MemoryStream(delta), TermPackFixture.TrustOf(_key));

    private byte[] Delta(TermPack from, TermPack to)
    {
        using MemoryStream output = new();
        TermPackWriter.WriteDelta(output, from, to, TermPackFixture.CreatedAt, _key);
        return output.ToArray();
    }
}
