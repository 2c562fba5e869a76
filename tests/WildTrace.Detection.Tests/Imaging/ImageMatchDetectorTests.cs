using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using WildTrace.Detection.Imaging;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class ImageMatchDetectorTests
{
    private static readonly HashLabels s_ivory = new("Loxodonta africana", "ivory carving", "case-17", 1.0);
    private static readonly PdqHash s_banked = RandomHashes.Next(new Random(42));

    [Fact]
    public void Precomputed_hash_near_a_banked_one_raises_the_verdict_with_a_reason()
    {
        PdqHash near = RandomHashes.Flip(s_banked, 6, new Random(1));
        Listing listing = new() { Id = "1", Title = "Old carving", Images = [new ListingImage { Pdq = near }] };

        ScanResult result = Scan(listing, BankOf(s_banked));

        Assert.Equal(ScanVerdict.Block, result.Verdict);
        Assert.Equal(ImageMatchDetector.WeightOf(new HashBankMatch(s_banked, s_ivory, 6)), result.Score, 9);
        Assert.Equal(["images[0] matches a banked picture of ivory carving, Loxodonta africana (source case-17, confidence 1, distance 6 bits)"], result.Reasons);
        ImageMatch image = Assert.Single(result.Findings).Image!;
        Assert.Equal(new ImageMatch(0, near, new HashBankMatch(s_banked, s_ivory, 6)), image);
    }

    [Fact]
    public void Hash_beyond_the_threshold_finds_nothing()
    {
        PdqHash far = RandomHashes.Flip(s_banked, 32, new Random(1));
        Listing listing = new() { Id = "1", Images = [new ListingImage { Pdq = far }] };

        ScanResult result = Scan(listing, BankOf(s_banked));

        Assert.Equal(ScanVerdict.Allow, result.Verdict);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.Findings);
    }

    // Weight mapping: confidence × max(0.2, 0.95 − 0.35 × distance / 31).
    [Theory]
    [InlineData(0, 1.0, 0.95)]
    [InlineData(31, 1.0, 0.6)]
    [InlineData(31, 0.5, 0.3)]
    [InlineData(62, 1.0, 0.25)]
    [InlineData(200, 1.0, 0.2)]
    public void Weight_falls_with_distance_and_scales_with_confidence(int distance, double confidence, double expected)
    {
        HashBankMatch match = new(s_banked, s_ivory with { Confidence = confidence }, distance);

        double weight = ImageMatchDetector.WeightOf(match);

        Assert.Equal(expected, weight, 9);
    }

    [Fact]
    public void Picture_opened_by_the_host_matches_its_own_banked_hash()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        byte[] png = Encode(picture, new PngEncoder());
        PdqHash banked = HashOf(png);
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "a.png" }] };

        ScanResult result = Scan(listing, BankOf(banked), Opener(new() { ["a.png"] = png }));

        ImageMatch image = Assert.Single(result.Findings).Image!;
        Assert.Equal(0, image.Match.Distance);
        Assert.Equal(ScanVerdict.Block, result.Verdict);
    }

    [Fact]
    public void Resized_and_recompressed_copy_still_matches()
    {
        // Photo-sized, as listing pictures are. The same resize of a 300 x 200 TestImages.Picture moved 34-36 bits:
        // at that size its seeded pixel noise is much of the detail PDQ samples.
        using Image<Rgb24> picture = TestImages.Picture(800, 600);
        PdqHash banked = HashOf(Encode(picture, new PngEncoder()));
        using Image<Rgb24> copy = picture.Clone(c => c.Resize(560, 420));
        byte[] jpeg = Encode(copy, new JpegEncoder { Quality = 70 });
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "copy.jpg" }] };

        ScanResult result = Scan(listing, BankOf(banked), Opener(new() { ["copy.jpg"] = jpeg }));

        ImageMatch image = Assert.Single(result.Findings).Image!;
        Assert.InRange(image.Match.Distance, 1, PdqHash.MatchThresholdBits);
        Assert.NotEqual(ScanVerdict.Allow, result.Verdict);
    }

    [Fact]
    public void Unreadable_image_is_noted_and_the_other_images_still_count()
    {
        Listing listing = new()
        {
            Id = "1",
            Images = [new ListingImage { Location = "missing.png" }, new ListingImage { Pdq = s_banked }],
        };

        ScanResult result = Scan(listing, BankOf(s_banked), Opener([]));

        Assert.Equal(ScanVerdict.Block, result.Verdict);
        Assert.Empty(result.Failures);
        Assert.Equal("images[0] not checked: no such file", result.Reasons[^1]);
        Assert.Equal(1, Assert.Single(result.Findings, f => f.Image is not null).Image!.Index);
    }

    [Fact]
    public void Location_the_host_will_not_open_is_noted_as_not_checked()
    {
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "https://img.example/a.jpg" }] };

        ScanResult result = Scan(listing, BankOf(s_banked), _ => null);

        Assert.Equal(ScanVerdict.Allow, result.Verdict);
        Finding note = Assert.Single(result.Findings);
        Assert.Equal(0, note.Weight);
        Assert.StartsWith("images[0] not checked: the host does not open this location", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Undecodable_image_is_noted_with_the_hasher_error()
    {
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "a.png" }] };

        ScanResult result = Scan(listing, BankOf(s_banked), Opener(new() { ["a.png"] = [1, 2, 3, 4] }));

        Finding note = Assert.Single(result.Findings);
        Assert.StartsWith("images[0] not checked: ", note.Reason, StringComparison.Ordinal);
        Assert.Equal(0, note.Weight);
    }

    private static ScanResult Scan(Listing listing, HashBank bank, Func<string, Stream?>? open = null) =>
        new ListingScanner(
            TermMatcher.Create([new Term { Id = "t", Text = "zzunused", Weight = 0.1 }]),
            new ScanOptions { Detectors = [new ImageMatchDetector(bank, new ImageMatchOptions { OpenImage = open })] })
        .Scan(listing);

    private static HashBank BankOf(params PdqHash[] hashes) => HashBank.Create(hashes.Select(h => new HashBankEntry(h, s_ivory)));

    private static Func<string, Stream?> Opener(Dictionary<string, byte[]> files) =>
        location => files.TryGetValue(location, out byte[]? bytes) ? new MemoryStream(bytes) : throw new FileNotFoundException("gone", location);

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using MemoryStream stream = TestImages.Encode(image, encoder);
        return stream.ToArray();
    }

    private static PdqHash HashOf(byte[] encoded)
    {
        Assert.True(PdqHasher.Default.TryHash(new MemoryStream(encoded), out PdqHashResult result, out string? error), error);
        return result.Hash;
    }
}
