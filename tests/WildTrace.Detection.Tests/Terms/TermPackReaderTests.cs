using System.Security.Cryptography;
using System.Text;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

public sealed class TermPackReaderTests : IDisposable
{
    private readonly ECDsa _key = TermPackSignature.CreateKey();

    public void Dispose() => _key.Dispose();

    [Fact]
    public void Reads_back_every_field_of_every_term_and_the_species()
    {
        byte[] pack = TermPackFixture.Pack(_key, TermPackFixture.Version1, version: 7);

        TermPack read = TermPackFixture.Read(pack, TermPackFixture.TrustOf(_key));

        Assert.Equal(TermPackFixture.Version1.OrderBy(t => t.Id, StringComparer.Ordinal), read.Terms);
        Assert.Equal(TermPackFixture.Species.All, read.Species.All);
        Assert.Equal(("test-terms", 7, TermPackFixture.CreatedAt), (read.PackId, read.Version, read.CreatedAt));
        Assert.Equal(TermPackSignature.KeyIdOf(_key), read.KeyId);
    }

    [Fact]
    public void Accepts_a_pack_signed_by_any_trusted_key_during_a_rotation()
    {
        using ECDsa oldKey = TermPackSignature.CreateKey();
        byte[] pack = TermPackFixture.Pack(_key, TermPackFixture.Version1);

        TermPack read = TermPackFixture.Read(pack, TermPackFixture.TrustOf(oldKey, _key));

        Assert.Equal(4, read.Terms.Count);
    }

    [Fact]
    public void Rejects_term_pack_signed_by_an_untrusted_key()
    {
        using ECDsa stranger = TermPackSignature.CreateKey();
        byte[] pack = TermPackFixture.Pack(stranger, TermPackFixture.Version1);

        TermPackException e = Assert.Throws<TermPackException>(() => TermPackFixture.Read(pack, TermPackFixture.TrustOf(_key)));

        Assert.Equal(TermPackFailure.UntrustedKey, e.Failure);
        Assert.Equal(TermPackSignature.KeyIdOf(stranger), e.KeyId);
        Assert.Contains("not trusted", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A flipped byte in each region: the signed header and manifest, the signature, the payload.
    [InlineData("magic", TermPackFailure.Malformed)]
    [InlineData("manifest", TermPackFailure.SignatureInvalid)]
    [InlineData("signature", TermPackFailure.SignatureInvalid)]
    [InlineData("payload-first", TermPackFailure.DigestMismatch)]
    [InlineData("payload-last", TermPackFailure.DigestMismatch)]
    public void Rejects_term_pack_with_one_flipped_byte(string region, TermPackFailure expected)
    {
        byte[] pack = TermPackFixture.Pack(_key, TermPackFixture.Version1);
        (int manifestStart, int signatureStart, int payloadStart) = Regions(pack);
        int index = region switch
        {
            "magic" => 0,
            "manifest" => manifestStart + 20,
            "signature" => signatureStart + 10,
            "payload-first" => payloadStart,
            _ => pack.Length - 1,
        };
        pack[index] ^= 0x01;

        TermPackException e = Assert.Throws<TermPackException>(() => TermPackFixture.Read(pack, TermPackFixture.TrustOf(_key)));

        Assert.Equal(expected, e.Failure);
    }

    [Theory]
    // Cut inside each region, and one byte short of the end.
    [InlineData("header")]
    [InlineData("manifest")]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("last-byte")]
    public void Rejects_truncated_term_pack(string region)
    {
        byte[] pack = TermPackFixture.Pack(_key, TermPackFixture.Version1);
        (int manifestStart, int signatureStart, int payloadStart) = Regions(pack);
        int length = region switch
        {
            "header" => 5,
            "manifest" => manifestStart + 10,
            "signature" => signatureStart + 3,
            "payload" => payloadStart + 30,
            _ => pack.Length - 1,
        };

        TermPackException e = Assert.Throws<TermPackException>(() => TermPackFixture.Read(pack[..length], TermPackFixture.TrustOf(_key)));

        Assert.Equal(TermPackFailure.Truncated, e.Failure);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bytes_that_are_not_a_term_pack()
    {
        byte[] notAPack = Encoding.UTF8.GetBytes("id\ttext\nen-ivory\tivory\n");

        TermPackException e = Assert.Throws<TermPackException>(() => TermPackFixture.Read(notAPack, TermPackFixture.TrustOf(_key)));

        Assert.Equal(TermPackFailure.Malformed, e.Failure);
    }

    [Fact]
    public void Rejects_a_delta_where_a_full_pack_is_expected()
    {
        TermPack v1 = TermPackFixture.Read(TermPackFixture.Pack(_key, TermPackFixture.Version1, 1), TermPackFixture.TrustOf(_key));
        TermPack v2 = TermPackFixture.Read(TermPackFixture.Pack(_key, TermPackFixture.Version1[..2], 2), TermPackFixture.TrustOf(_key));
        using MemoryStream delta = new();
        TermPackWriter.WriteDelta(delta, v1, v2, TermPackFixture.CreatedAt, _key);

        TermPackException e = Assert.Throws<TermPackException>(() => TermPackFixture.Read(delta.ToArray(), TermPackFixture.TrustOf(_key)));

        Assert.Equal((TermPackFailure.WrongKind, "test-terms"), (e.Failure, e.PackId));
    }

    private static (int ManifestStart, int SignatureStart, int PayloadStart) Regions(byte[] pack)
    {
        int manifestLength = BitConverter.ToInt32(pack, TermPackLayout.ManifestLengthOffset);
        int signatureLength = BitConverter.ToUInt16(pack, TermPackLayout.SignatureLengthOffset);
        int signatureStart = TermPackLayout.HeaderLength + manifestLength;
        return (TermPackLayout.HeaderLength, signatureStart, signatureStart + signatureLength);
    }
}
