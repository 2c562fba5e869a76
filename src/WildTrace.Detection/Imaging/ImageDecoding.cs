using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Detection.Imaging;

/// <summary>Turns untrusted bytes into pixels with ImageSharp, refusing oversized input before it is decoded.</summary>
internal static class ImageDecoding
{
    public static Configuration CreateConfiguration()
    {
        // A private copy, so a host that tunes Configuration.Default does not change our hashes or limits.
        Configuration configuration = Configuration.Default.Clone();

        // PDQ hashes one picture; decoding every frame of an animation would only multiply the cost (and the bomb).
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        configuration.ImageFormatsManager.SetDecoder(TiffFormat.Instance, new TiffDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }

    /// <summary>Reads the whole stream, or gives up as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static bool TryReadBounded(Stream stream, long maxBytes, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return false;
        }

        using MemoryStream buffer = stream.CanSeek ? new((int)Math.Min(stream.Length - stream.Position, int.MaxValue)) : new();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }

    /// <summary>
    /// Identifies the image from its header, refuses it when it declares more than <paramref name="maxPixels"/>, and
    /// only then decodes it to 8-bit RGB (16-bit channels are scaled, palettes expanded, CMYK converted, alpha dropped).
    /// </summary>
    public static bool TryDecode(
        Configuration configuration,
        byte[] bytes,
        long maxPixels,
        [NotNullWhen(true)] out Image<Rgb24>? image,
        [NotNullWhen(false)] out string? error)
    {
        image = null;
        try
        {
            IImageInfo? info = Image.Identify(configuration, bytes, out IImageFormat? _);
            if (info is null)
            {
                error = "not a supported image format";
                return false;
            }

            long pixels = (long)info.Width * info.Height;
            if (pixels > maxPixels)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"image is {info.Width}x{info.Height} pixels, above the limit of {maxPixels} pixels");
                return false;
            }

            image = Image.Load<Rgb24>(configuration, bytes);
            error = null;
            return true;
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidMemoryOperationException)
        {
            // ImageSharp has no Try API; this is the boundary where a corrupt file becomes an expected failure.
            error = "cannot decode image: " + e.Message;
            return false;
        }
    }
}
