using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Cli.Tests.Hashing;

/// <summary>A temporary folder with small generated images, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("wildtrace-test-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a PNG with structure (smooth waves), so its hash has quality 100; seeds give unrelated pictures.</summary>
    public string Picture(string name, int seed)
    {
        using Image<Rgb24> image = new(96, 64);
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                double v = Math.Sin((x * (seed + 1) * 0.07) + (y * 0.11 * seed)) * Math.Cos(y * (seed + 2) * 0.05);
                byte level = (byte)(127 + (120 * v));
                image[x, y] = new Rgb24(level, (byte)(255 - level), (byte)((x * 2) + y));
            }
        }

        string path = File(name);
        image.SaveAsPng(path);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
