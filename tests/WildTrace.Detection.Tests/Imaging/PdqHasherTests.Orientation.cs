using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class PdqHasherTests
{
    private static readonly PdqHasher s_applyExif = new(new PdqHasherOptions { ExifOrientation = ExifOrientationPolicy.Apply });

    [Theory]
    // Small pictures are hashed at full size; large ones through the 512 x 512 pre-resize, which must see upright pixels.
    [InlineData(1, 90, 60)]
    [InlineData(2, 90, 60)]
    [InlineData(3, 90, 60)]
    [InlineData(4, 90, 60)]
    [InlineData(5, 90, 60)]
    [InlineData(6, 90, 60)]
    [InlineData(7, 90, 60)]
    [InlineData(8, 90, 60)]
    [InlineData(6, 700, 530)]
    [InlineData(7, 700, 530)]
    [InlineData(8, 530, 700)]
    public void Applying_exif_orientation_hashes_the_upright_picture(ushort orientation, int width, int height)
    {
        using Image<Rgb24> stored = TestImages.Picture(width, height);
        stored.Metadata.ExifProfile = new ExifProfile();
        stored.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation);
        using Image<Rgb24> upright = stored.Clone(x => x.AutoOrient());
        using MemoryStream png = TestImages.Encode(stored, new PngEncoder());

        Assert.True(s_applyExif.TryHash(png, out PdqHashResult result, out string? error), error);

        Assert.Equal(PdqHasher.Default.Hash(upright), result);
    }

    [Fact]
    public void Exif_orientation_is_ignored_by_default_like_the_reference()
    {
        using Image<Rgb24> stored = TestImages.Picture(90, 60);
        PdqHashResult plain = PdqHasher.Default.Hash(stored);
        stored.Metadata.ExifProfile = new ExifProfile();
        stored.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);

        PdqHashResult ignored = PdqHasher.Default.Hash(stored);
        PdqHashResult applied = s_applyExif.Hash(stored);

        Assert.Equal(plain, ignored);
        Assert.True(applied.Hash.DistanceTo(plain.Hash) > PdqHash.MatchThresholdBits);
    }

    [Fact]
    public void Exif_rotated_phone_photo_hashes_as_imagemagick_auto_orient_would()
    {
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        string path = PdqTestData.PathOf("images/pdq/data/reg-test-input/exif-rotn/exif-rotn-3.jpg");

        PdqHashResult ignored = HashFile(PdqHasher.Default, path);
        PdqHashResult applied = HashFile(s_applyExif, path);

        // ../shared/data/pdq/README.md: the reference gives 38cfab...; after `convert -auto-orient` it gives 6f9a09...
        Assert.StartsWith("38cfab", ignored.Hash.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("6f9a09", applied.Hash.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> DihedralImages()
    {
        TheoryData<string> data = [];
        if (!PdqTestData.IsPresent)
        {
            data.Add("(no data)");
            return data;
        }

        foreach (Dictionary<string, string> row in PdqTestData.ReadCsv("expected-dihedral-cpp-reference.csv"))
        {
            data.Add(row["image_path"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DihedralImages))]
    public void Dihedral_hashes_match_the_cpp_reference(string imagePath)
    {
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        Dictionary<string, string> expected = PdqTestData.ReadCsv("expected-dihedral-cpp-reference.csv").Single(r => r["image_path"] == imagePath);
        string[] columns = ["original", "rotate90", "rotate180", "rotate270", "flipx", "flipy", "flip_plus1", "flip_minus1"];
        using FileStream stream = File.OpenRead(PdqTestData.PathOf(Path.Combine("images", imagePath)));

        Assert.True(PdqHasher.Default.TryHashDihedral(stream, out PdqDihedralHashes? hashes, out string? error), error);

        if (int.Parse(expected["quality"], CultureInfo.InvariantCulture) >= 80 && !imagePath.EndsWith("I16.png", StringComparison.Ordinal))
        {
            for (int d = 0; d < columns.Length; d++)
            {
                Assert.InRange(hashes[(PdqDihedral)d].DistanceTo(PdqHash.Parse(expected[columns[d]])), 0, 10);
            }
        }
    }

    [Fact]
    public void Dihedral_hash_of_a_picture_is_the_hash_of_the_turned_picture()
    {
        // On a 64 x 64 picture there is no blur or resampling, so the DCT-domain maps are exact up to float ties.
        // PDQ's "rotate 90" is counter-clockwise, ImageSharp's clockwise.
        using Image<Rgb24> picture = TestImages.Picture(64, 64);
        (PdqDihedral Orientation, Action<IImageProcessingContext> Turn)[] cases =
        [
            (PdqDihedral.Rotate90, x => x.Rotate(RotateMode.Rotate270)),
            (PdqDihedral.Rotate180, x => x.Rotate(RotateMode.Rotate180)),
            (PdqDihedral.Rotate270, x => x.Rotate(RotateMode.Rotate90)),
            (PdqDihedral.FlipX, x => x.Flip(FlipMode.Vertical)),
            (PdqDihedral.FlipY, x => x.Flip(FlipMode.Horizontal)),
        ];

        PdqDihedralHashes hashes = PdqHasher.Default.HashDihedral(picture);

        Assert.Equal(PdqHasher.Default.Hash(picture).Hash, hashes[PdqDihedral.Original]);
        foreach ((PdqDihedral orientation, Action<IImageProcessingContext> turn) in cases)
        {
            using Image<Rgb24> turned = picture.Clone(turn);
            Assert.True(PdqHasher.Default.Hash(turned).Hash.DistanceTo(hashes[orientation]) <= 2, $"{orientation}: {PdqHasher.Default.Hash(turned).Hash.DistanceTo(hashes[orientation])}");
        }
    }

    [Fact]
    public void Sixteen_bit_grey_differs_from_the_reference_because_cimg_keeps_only_the_low_byte()
    {
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        string path = PdqTestData.PathOf("images/python-threatexchange/threatexchange/tests/hashing/resources/I16.png");
        string reference = PdqTestData.ReadCsv("expected-hashes-cpp-reference.csv").Single(r => r["image_path"].EndsWith("I16.png", StringComparison.Ordinal))["pdq_hex"];
        using Image<L16> deep = Image.Load<L16>(path);
        byte[] lowBytes = new byte[deep.Width * deep.Height];
        byte[] scaled = new byte[deep.Width * deep.Height];
        for (int y = 0, i = 0; y < deep.Height; y++)
        {
            for (int x = 0; x < deep.Width; x++, i++)
            {
                lowBytes[i] = (byte)deep[x, y].PackedValue;
                scaled[i] = (byte)(((deep[x, y].PackedValue * 255) + 32767) / 65535);
            }
        }

        PdqHashResult ours = HashFile(PdqHasher.Default, path);

        Assert.Equal(reference, PdqHasher.HashPixels(lowBytes, deep.Width, deep.Height, 1, new float[256]).Hash.ToString());
        Assert.Equal(PdqHasher.HashPixels(scaled, deep.Width, deep.Height, 1, new float[256]), ours);
    }

    [Fact]
    public void Cmyk_jpeg_hashes_like_the_same_picture_in_rgb()
    {
        // ImageSharp 2.1 cannot encode CMYK, so this uses upstream's CMYK.jpg (PIL's CMYK save of the bridge photo).
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        string modes = PdqTestData.PathOf("images/pdq/data/misc-images/modes");

        PdqHashResult cmyk = HashFile(PdqHasher.Default, Path.Combine(modes, "CMYK.jpg"));
        PdqHashResult rgb = HashFile(PdqHasher.Default, Path.Combine(modes, "RGB.jpg"));

        Assert.Equal(100, cmyk.Quality);
        Assert.InRange(cmyk.Hash.DistanceTo(rgb.Hash), 0, 10);
    }

    private static PdqHashResult HashFile(PdqHasher hasher, string path)
    {
        using FileStream stream = File.OpenRead(path);
        Assert.True(hasher.TryHash(stream, out PdqHashResult result, out string? error), error);
        return result;
    }
}
