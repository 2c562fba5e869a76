using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Hub.Tests.Reports;

/// <summary>Screenshots for report tests: textured (so PDQ quality is high), optionally with an EXIF GPS position.</summary>
internal static class ReportImages
{
    public static byte[] Jpeg(int seed, bool hasGps = false, int size = 128)
    {
        using Image<Rgba32> image = Textured(seed, size);
        if (hasGps)
        {
            ExifProfile exif = new();
            exif.SetValue(ExifTag.GPSLatitudeRef, "S");
            exif.SetValue(ExifTag.GPSLatitude, [new Rational(1, 1), new Rational(17, 1), new Rational(3000, 100)]);
            exif.SetValue(ExifTag.GPSLongitudeRef, "E");
            exif.SetValue(ExifTag.GPSLongitude, [new Rational(36, 1), new Rational(49, 1), new Rational(1200, 100)]);
            image.Metadata.ExifProfile = exif;
        }

        using MemoryStream output = new();
        image.Save(output, new JpegEncoder { Quality = 95 });
        return output.ToArray();
    }

    public static byte[] Png(int seed, int size = 128)
    {
        using Image<Rgba32> image = Textured(seed, size);
        using MemoryStream output = new();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    // 8×8-pixel blocks of seeded random grey: PDQ sees strong structure, and different seeds give distant hashes.
    private static Image<Rgba32> Textured(int seed, int size)
    {
        Random random = new(seed);
        Image<Rgba32> image = new(size, size);
        byte[] blocks = new byte[(size / 8) * (size / 8)];
        random.NextBytes(blocks);
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                byte v = blocks[((y / 8) * (size / 8)) + (x / 8)];
                image[x, y] = new Rgba32(v, v, v);
            }
        }

        return image;
    }
}
