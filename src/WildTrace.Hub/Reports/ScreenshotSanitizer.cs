using System.Diagnostics.CodeAnalysis;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.Reports;

/// <summary>
/// Accepts PNG, JPEG and WebP screenshots by their magic bytes (never by file name or declared type), bounds their
/// size and pixel count before decoding, and re-encodes the pixels so that nothing else of the file survives: EXIF
/// (GPS position, camera serial), XMP, IPTC, ICC and PNG text chunks are all dropped. Also computes the PDQ hash used
/// to find near-duplicate screenshots. Stateless and thread-safe.
/// </summary>
internal sealed class ScreenshotSanitizer(ReportOptions options)
{
    /// <summary>Why a file was refused, which the API maps to 413 (too large) or 415 (not an image we accept).</summary>
    public enum Refusal
    {
        None,
        TooLarge,
        NotAnImage,
    }

    public bool TrySanitize(byte[] file, [NotNullWhen(true)] out SanitizedScreenshot? screenshot, out Refusal refusal, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        screenshot = null;
        refusal = Refusal.TooLarge;
        if (file.Length > options.MaxScreenshotBytes)
        {
            error = $"A screenshot is {file.Length} bytes; the limit is {options.MaxScreenshotBytes} bytes.";
            return false;
        }

        refusal = Refusal.NotAnImage;
        ScreenshotKind kind = Sniff(file);
        if (kind == ScreenshotKind.Unknown)
        {
            error = "A screenshot must be a PNG, JPEG or WebP image.";
            return false;
        }

        IImageInfo? info;
        try
        {
            info = Image.Identify(file);
        }
        catch (Exception exception) when (exception is ImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            info = null;
        }

        if (info is null)
        {
            error = "A screenshot could not be read as an image.";
            return false;
        }

        if ((long)info.Width * info.Height > options.MaxScreenshotPixels)
        {
            refusal = Refusal.TooLarge;
            error = $"A screenshot is {info.Width}×{info.Height} pixels; the limit is {options.MaxScreenshotPixels} pixels.";
            return false;
        }

        try
        {
            using Image image = Image.Load(file);
            StripMetadata(image);
            using MemoryStream output = new();
            // WebP is stored as PNG: lossless, and one encoder fewer to trust with metadata.
            IImageEncoder encoder = kind == ScreenshotKind.Jpeg ? new JpegEncoder { Quality = 90 } : new PngEncoder();
            image.Save(output, encoder);
            PdqHashResult pdq = PdqHasher.Default.Hash(image);
            screenshot = new SanitizedScreenshot(
                kind == ScreenshotKind.Jpeg ? "image/jpeg" : "image/png", output.ToArray(), image.Width, image.Height, pdq.Hash, pdq.Quality);
        }
        catch (Exception exception) when (exception is ImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            error = "A screenshot could not be decoded.";
            return false;
        }

        refusal = Refusal.None;
        error = null;
        return true;
    }

    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        foreach (ImageFrame frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static ScreenshotKind Sniff(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ScreenshotKind.Png;
        }

        if (file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ScreenshotKind.Jpeg;
        }

        return file.Length >= 12 && file.StartsWith("RIFF"u8) && file.Slice(8, 4).SequenceEqual("WEBP"u8)
            ? ScreenshotKind.WebP
            : ScreenshotKind.Unknown;
    }

    private enum ScreenshotKind
    {
        Unknown,
        Png,
        Jpeg,
        WebP,
    }
}
