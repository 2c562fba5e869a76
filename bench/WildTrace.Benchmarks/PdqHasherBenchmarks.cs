using BenchmarkDotNet.Attributes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using WildTrace.Detection.Imaging;

namespace WildTrace.Benchmarks;

/// <summary>
/// PDQ cost split into decode and hash, on a generated 1600 x 1004 JPEG (the size of ThreatExchange's bridge photos).
/// <c>wildtrace hashes bench --images DIR</c> measures the same end to end on real files against ImageMagick.
/// </summary>
[MemoryDiagnoser]
public class PdqHasherBenchmarks : IDisposable
{
    private byte[] _jpeg = [];
    private Image<Rgb24> _decoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _decoded = new Image<Rgb24>(1600, 1004);
        Random random = new(42);
        for (int y = 0; y < _decoded.Height; y++)
        {
            for (int x = 0; x < _decoded.Width; x++)
            {
                byte v = (byte)(127 + (100 * Math.Sin(x * 0.01) * Math.Cos(y * 0.013)) + random.Next(-20, 21));
                _decoded[x, y] = new Rgb24(v, (byte)(255 - v), (byte)(x / 7));
            }
        }

        using MemoryStream stream = new();
        _decoded.Save(stream, new JpegEncoder { Quality = 85 });
        _jpeg = stream.ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _decoded.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "decode JPEG + hash")]
    public PdqHashResult DecodeAndHash()
    {
        PdqHasher.Default.TryHash(new MemoryStream(_jpeg, writable: false), out PdqHashResult result, out _);
        return result;
    }

    [Benchmark(Description = "hash decoded image (512 pre-resize + PDQ)")]
    public PdqHashResult HashDecoded() => PdqHasher.Default.Hash(_decoded);

    [Benchmark(Description = "hash decoded image, 8 dihedral variants")]
    public PdqDihedralHashes HashDecodedDihedral() => PdqHasher.Default.HashDihedral(_decoded);
}
