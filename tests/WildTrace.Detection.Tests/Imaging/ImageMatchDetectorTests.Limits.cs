using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class ImageMatchDetectorTests
{
    [Fact]
    public void Checks_at_most_the_configured_number_of_images()
    {
        ListingImage[] images = [.. Enumerable.Repeat(new ListingImage { Pdq = s_banked }, 5)];
        ImageMatchDetector detector = new(BankOf(s_banked), new ImageMatchOptions { MaxImagesPerListing = 3 });

        IReadOnlyList<Finding> findings = detector.Detect(new Listing { Id = "1", Images = images }, Context());

        Assert.Equal([0, 1, 2], findings.Where(f => f.Image is not null).Select(f => f.Image!.Index));
        Assert.Equal("images[3] and later not checked: limit of 3 images per listing", findings[^1].Reason);
    }

    [Fact]
    public void Same_banked_picture_in_several_images_counts_once()
    {
        Listing listing = new() { Id = "1", Images = [new ListingImage { Pdq = s_banked }, new ListingImage { Pdq = s_banked }] };

        IReadOnlyList<Finding> findings = new ImageMatchDetector(BankOf(s_banked)).Detect(listing, Context());

        Assert.Equal([0.95, 0], findings.Select(f => f.Weight));
    }

    [Fact]
    public void Each_location_is_opened_once_across_listings()
    {
        byte[] png;
        using (SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24> picture = TestImages.Picture(120, 90))
        {
            png = Encode(picture, new SixLabors.ImageSharp.Formats.Png.PngEncoder());
        }

        int opened = 0;
        ImageMatchDetector detector = new(BankOf(HashOf(png)), new ImageMatchOptions
        {
            OpenImage = _ =>
            {
                Interlocked.Increment(ref opened);
                return new MemoryStream(png);
            },
        });
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "same.png" }] };

        int hits = 0;
        Parallel.For(0, 8, _ => Interlocked.Add(ref hits, detector.Detect(listing, Context()).Count));

        Assert.Equal(1, opened);
        Assert.Equal(8, hits);
    }

    [Fact]
    public void Past_the_cache_limit_each_listing_opens_its_image_again()
    {
        int opened = 0;
        ImageMatchDetector detector = new(BankOf(s_banked), new ImageMatchOptions
        {
            MaxCachedImages = 1,
            OpenImage = _ =>
            {
                opened++;
                return null;
            },
        });

        foreach (string location in (string[])["a.png", "b.png", "a.png", "b.png"])
        {
            detector.Detect(new Listing { Id = "1", Images = [new ListingImage { Location = location }] }, Context());
        }

        Assert.Equal(3, opened); // a.png is remembered; b.png, beyond the limit, is opened both times
    }

    [Fact]
    public void Precomputed_hash_is_used_without_opening_the_path()
    {
        Listing listing = new() { Id = "1", Images = [new ListingImage { Location = "a.png", Pdq = s_banked }] };
        ImageMatchDetector detector = new(BankOf(s_banked), new ImageMatchOptions { OpenImage = _ => throw new InvalidOperationException("opened") });

        Finding finding = Assert.Single(detector.Detect(listing, Context()));

        Assert.Equal(0, finding.Image!.Match.Distance);
    }

    [Theory]
    [InlineData(-1, 16, 50)]
    [InlineData(257, 16, 50)]
    [InlineData(31, 0, 50)]
    [InlineData(31, 16, 101)]
    public void Rejects_options_out_of_range(int maxDistance, int maxImages, int minQuality)
    {
        ImageMatchOptions options = new() { MaxDistance = maxDistance, MaxImagesPerListing = maxImages, MinQuality = minQuality };

        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageMatchDetector(HashBank.Empty, options));
    }

    // The image detector never reads the context.
    private static DetectionContext Context()
    {
        NormalizedText empty = TextNormalizer.Default.Normalize("");
        return new DetectionContext(empty, empty, []);
    }
}
