using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Detection.Tests.Imaging;

/// <summary>Small synthetic pictures with structure (so quality is high and every bit of the hash matters).</summary>
internal static class TestImages
{
    /// <summary>Smooth blobs plus seeded noise: a picture whose hash changes when pixels are mis-mapped.</summary>
    public static Image<Rgb24> Picture(int width, int height, int seed = 42)
    {
        Random random = new(seed);
        Image<Rgb24> image = new(width, height);
        double fx = (random.NextDouble() * 6) + 2;
        double fy = (random.NextDouble() * 6) + 2;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                double u = (double)x / width;
                double v = (double)y / height;
                int r = (int)(127 + (100 * Math.Sin(fx * u * 3.1) * Math.Cos(fy * v * 2.3))) + random.Next(-20, 21);
                int g = (int)(127 + (100 * Math.Cos((fx + fy) * u * v * 3.7))) + random.Next(-20, 21);
                int b = (int)(255 * u * v) + random.Next(-20, 21);
                image[x, y] = new Rgb24(Clamp(r), Clamp(g), Clamp(b));
            }
        }

        return image;
    }

    /// <summary>A picture of few colours, so palette and GIF encodings are lossless.</summary>
    public static Image<Rgb24> Posterized(int width, int height, int seed = 42)
    {
        Image<Rgb24> image = Picture(width, height, seed);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                Rgb24 p = image[x, y];
                image[x, y] = new Rgb24((byte)(p.R & 0xC0), (byte)(p.G & 0xC0), (byte)(p.B & 0xC0));
            }
        }

        return image;
    }

    public static MemoryStream Encode(Image image, IImageEncoder encoder)
    {
        MemoryStream stream = new();
        image.Save(stream, encoder);
        stream.Position = 0;
        return stream;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
