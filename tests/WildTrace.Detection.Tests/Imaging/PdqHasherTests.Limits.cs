using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class PdqHasherTests
{
    [Fact]
    public void Decompression_bomb_is_refused_from_its_header_before_decoding()
    {
        // A valid PNG of 60000 x 60000 pixels whose data is a few bytes: decoding it would need 10 GB.
        using MemoryStream bomb = new(PngDeclaring(60_000, 60_000));

        bool isHashed = PdqHasher.Default.TryHash(bomb, out _, out string? error);

        Assert.False(isHashed);
        Assert.Equal("image is 60000x60000 pixels, above the limit of 100000000 pixels", error);
    }

    [Fact]
    public void Pixel_limit_comes_from_options()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        using MemoryStream png = TestImages.Encode(picture, new PngEncoder());
        PdqHasher hasher = new(new PdqHasherOptions { MaxPixels = 300 * 199 });

        bool isHashed = hasher.TryHash(png, out _, out string? error);

        Assert.False(isHashed);
        Assert.Contains("above the limit of 59700 pixels", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_limit_refuses_large_streams_even_when_unseekable()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        byte[] png = TestImages.Encode(picture, new PngEncoder()).ToArray();
        PdqHasher hasher = new(new PdqHasherOptions { MaxImageBytes = png.Length - 1 });
        using UnseekableStream stream = new(png);

        bool isHashed = hasher.TryHash(stream, out _, out string? error);

        Assert.False(isHashed);
        Assert.Equal($"image is larger than the limit of {png.Length - 1} bytes", error);
    }

    [Fact]
    public void Image_exactly_at_the_byte_limit_is_hashed()
    {
        using Image<Rgb24> picture = TestImages.Picture(300, 200);
        byte[] png = TestImages.Encode(picture, new PngEncoder()).ToArray();
        PdqHasher hasher = new(new PdqHasherOptions { MaxImageBytes = png.Length });

        bool isHashed = hasher.TryHash(new UnseekableStream(png), out _, out string? error);

        Assert.True(isHashed, error);
    }

    private static byte[] PngDeclaring(int width, int height)
    {
        using MemoryStream png = new();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        byte[] header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(png, "IHDR", header);
        using MemoryStream compressed = new();
        using (ZLibStream zlib = new(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (width * 3)]);
        }

        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. typeBytes, .. data]));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
