using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class PdqHasherTests
{
    [Fact]
    public void Hashes_a_png_stream_like_the_decoded_picture()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        using MemoryStream png = TestImages.Encode(picture, new PngEncoder());

        bool isHashed = PdqHasher.Default.TryHash(png, out PdqHashResult result, out string? error);

        Assert.True(isHashed, error);
        Assert.Equal(PdqHasher.Default.Hash(picture), result);
        Assert.Equal(100, result.Quality);
    }

    [Fact]
    public void Pictures_smaller_than_five_pixels_hash_to_zero_with_quality_zero()
    {
        using Image<Rgb24> picture = TestImages.Picture(4, 100);

        PdqHashResult result = PdqHasher.Default.Hash(picture);

        Assert.Equal(default, result.Hash);
        Assert.Equal(0, result.Quality);
    }

    [Fact]
    public void Sixteen_bit_channels_are_scaled_to_eight_bits()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        using Image<Rgb48> deep = new(picture.Width, picture.Height);
        for (int y = 0; y < picture.Height; y++)
        {
            for (int x = 0; x < picture.Width; x++)
            {
                Rgb24 p = picture[x, y];
                deep[x, y] = new Rgb48((ushort)(p.R * 257), (ushort)(p.G * 257), (ushort)(p.B * 257));
            }
        }

        using MemoryStream png = TestImages.Encode(deep, new PngEncoder { BitDepth = PngBitDepth.Bit16, ColorType = PngColorType.Rgb });

        Assert.True(PdqHasher.Default.TryHash(png, out PdqHashResult result, out string? error), error);
        Assert.Equal(PdqHasher.Default.Hash(picture), result);
    }

    [Fact]
    public void Palette_pictures_hash_like_their_colours()
    {
        using Image<Rgb24> picture = TestImages.Posterized(300, 200);
        using MemoryStream png = TestImages.Encode(picture, new PngEncoder { ColorType = PngColorType.Palette });

        Assert.True(PdqHasher.Default.TryHash(png, out PdqHashResult result, out string? error), error);
        Assert.Equal(PdqHasher.Default.Hash(picture), result);
    }

    [Fact]
    public void Alpha_is_dropped_not_blended()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        using Image<Rgba32> translucent = picture.CloneAs<Rgba32>();
        translucent.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                Span<Rgba32> row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    row[x].A = (byte)((x * 7) + y);
                }
            }
        });
        using MemoryStream png = TestImages.Encode(translucent, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });

        Assert.True(PdqHasher.Default.TryHash(png, out PdqHashResult result, out string? error), error);
        Assert.Equal(PdqHasher.Default.Hash(picture), result);
    }

    [Fact]
    public void Animations_are_hashed_by_their_first_frame()
    {
        using Image<Rgb24> first = TestImages.Posterized(120, 90, seed: 1);
        using Image<Rgb24> second = TestImages.Posterized(120, 90, seed: 2);
        using Image<Rgb24> animation = first.Clone();
        animation.Frames.AddFrame(second.Frames.RootFrame);
        using MemoryStream gif = TestImages.Encode(animation, new GifEncoder());

        Assert.True(PdqHasher.Default.TryHash(gif, out PdqHashResult result, out string? error), error);
        Assert.Equal(PdqHasher.Default.Hash(first), result);
        Assert.NotEqual(PdqHasher.Default.Hash(second).Hash, result.Hash);
    }

    [Fact]
    public void Grey_pictures_use_the_grey_value_as_luminance()
    {
        using Image<L8> grey = new(64, 64);
        using Image<Rgb24> picture = TestImages.Picture(64, 64);
        for (int y = 0; y < 64; y++)
        {
            for (int x = 0; x < 64; x++)
            {
                grey[x, y] = new L8(picture[x, y].G);
            }
        }

        byte[] pixels = new byte[64 * 64];
        grey.CopyPixelDataTo(pixels);

        Assert.Equal(PdqHasher.HashPixels(pixels, 64, 64, 1, new float[256]), PdqHasher.Default.Hash(grey));
    }

    [Fact]
    public void Caller_image_is_not_resized_converted_or_reoriented()
    {
        using Image<Rgba32> image = TestImages.Picture(700, 600).CloneAs<Rgba32>();
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        using Image<Rgba32> before = image.Clone();
        PdqHasher hasher = new(new PdqHasherOptions { ExifOrientation = ExifOrientationPolicy.Apply });

        hasher.Hash(image);
        hasher.HashDihedral(image);

        Assert.Equal((700, 600), (image.Width, image.Height));
        Assert.Equal((ushort)6, image.Metadata.ExifProfile.GetValue(ExifTag.Orientation)!.Value);
        Assert.Equal(1, image.Frames.Count);
        Assert.True(SamePixels(before, image));
    }

    [Fact]
    public void Unknown_bytes_are_refused_with_a_reason()
    {
        using MemoryStream junk = new("this is not an image"u8.ToArray());

        bool isHashed = PdqHasher.Default.TryHash(junk, out _, out string? error);

        Assert.False(isHashed);
        Assert.Equal("not a supported image format", error);
    }

    [Fact]
    public void Truncated_image_is_refused_with_a_reason()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        using MemoryStream png = TestImages.Encode(picture, new PngEncoder());
        using MemoryStream truncated = new(png.ToArray()[..200]);

        bool isHashed = PdqHasher.Default.TryHash(truncated, out _, out string? error);

        Assert.False(isHashed);
        Assert.NotNull(error);
    }

    private static bool SamePixels(Image<Rgba32> a, Image<Rgba32> b)
    {
        Rgba32[] left = new Rgba32[a.Width * a.Height];
        Rgba32[] right = new Rgba32[b.Width * b.Height];
        a.CopyPixelDataTo(left);
        b.CopyPixelDataTo(right);
        return left.AsSpan().SequenceEqual(right);
    }
}
