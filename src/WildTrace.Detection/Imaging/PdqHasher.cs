using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// Computes PDQ perceptual hashes (Meta ThreatExchange), bit-identical to the C++ reference on the same pixels.
/// Immutable and thread-safe: build one and share it.
/// </summary>
/// <remarks>
/// <para>The common case is one call on untrusted bytes:</para>
/// <code>
/// if (PdqHasher.Default.TryHash(stream, out PdqHashResult result, out string? error) &amp;&amp; result.Quality >= 50)
///     matches = bank.FindWithin(result.Hash);
/// </code>
/// <para>See docs/design/pdq.md for the algorithm, decoder choices and conformance figures.</para>
/// </remarks>
public sealed class PdqHasher
{
    private readonly Configuration _configuration;

    /// <summary>Creates a hasher.</summary>
    /// <param name="options">The options; <see cref="PdqHasherOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is zero or negative.</exception>
    public PdqHasher(PdqHasherOptions? options = null)
    {
        Options = options ?? PdqHasherOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxImageBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxPixels);
        _configuration = ImageDecoding.CreateConfiguration();
    }

    /// <summary>A hasher with <see cref="PdqHasherOptions.Default"/>.</summary>
    public static PdqHasher Default { get; } = new();

    /// <summary>The options this hasher was built with.</summary>
    public PdqHasherOptions Options { get; }

    /// <summary>Decodes an image (JPEG, PNG, GIF, BMP, TIFF, WebP, TGA, PBM; first frame of an animation) and hashes it.</summary>
    /// <param name="stream">The encoded image; read to the end, not closed.</param>
    /// <param name="result">The hash and quality when the image could be hashed.</param>
    /// <param name="error">Why the image was refused (format, corruption, or a limit in <see cref="Options"/>) when it could not.</param>
    /// <returns>Whether the image was hashed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading <paramref name="stream"/> failed.</exception>
    public bool TryHash(Stream stream, out PdqHashResult result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        Span<float> coefficients = stackalloc float[PdqMath.CoefficientCount];
        if (!TryTransform(stream, coefficients, out int quality, out error))
        {
            return false;
        }

        result = new PdqHashResult(PdqMath.Threshold(coefficients), quality);
        return true;
    }

    /// <summary>Decodes an image as <see cref="TryHash(Stream, out PdqHashResult, out string?)"/> does and hashes it in all eight orientations.</summary>
    /// <param name="stream">The encoded image; read to the end, not closed.</param>
    /// <param name="hashes">The eight hashes when the image could be hashed.</param>
    /// <param name="error">Why the image was refused when it could not.</param>
    /// <returns>Whether the image was hashed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading <paramref name="stream"/> failed.</exception>
    public bool TryHashDihedral(Stream stream, [NotNullWhen(true)] out PdqDihedralHashes? hashes, [NotNullWhen(false)] out string? error)
    {
        hashes = null;
        float[] coefficients = new float[PdqMath.CoefficientCount];
        if (!TryTransform(stream, coefficients, out int quality, out error))
        {
            return false;
        }

        hashes = ToDihedral(coefficients, quality);
        return true;
    }

    /// <summary>Hashes a decoded image's first frame. The image is only read, never resized or converted in place.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The hash and quality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public PdqHashResult Hash(Image image)
    {
        Span<float> coefficients = stackalloc float[PdqMath.CoefficientCount];
        int quality = Transform(image, coefficients);
        return new PdqHashResult(PdqMath.Threshold(coefficients), quality);
    }

    /// <summary>Hashes a decoded image's first frame in all eight orientations. The image is only read.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The eight hashes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public PdqDihedralHashes HashDihedral(Image image)
    {
        float[] coefficients = new float[PdqMath.CoefficientCount];
        int quality = Transform(image, coefficients);
        return ToDihedral(coefficients, quality);
    }

    /// <summary>Hashes raw 8-bit pixels (1 channel grey or 3 channels RGB, row-major) as given: no pre-resize.</summary>
    internal static PdqHashResult HashPixels(ReadOnlySpan<byte> pixels, int width, int height, int channels, Span<float> coefficients)
    {
        float[] luma = ArrayPool<float>.Shared.Rent(width * height);
        try
        {
            LumaSampler.ToLuma(pixels, channels, luma.AsSpan(0, width * height));
            int quality = PdqMath.Transform(luma, height, width, coefficients);
            return new PdqHashResult(PdqMath.Threshold(coefficients), quality);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(luma);
        }
    }

    internal static PdqDihedralHashes ToDihedral(ReadOnlySpan<float> coefficients, int quality)
    {
        PdqHash[] hashes = new PdqHash[8];
        Span<float> turned = stackalloc float[PdqMath.CoefficientCount];
        for (int d = 0; d < hashes.Length; d++)
        {
            PdqMath.Dihedral(coefficients, (PdqDihedral)d, turned);
            hashes[d] = PdqMath.Threshold(turned);
        }

        return new PdqDihedralHashes(hashes, quality);
    }

    private bool TryTransform(Stream stream, Span<float> coefficients, out int quality, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        quality = 0;
        if (!ImageDecoding.TryReadBounded(stream, Options.MaxImageBytes, out byte[]? bytes))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"image is larger than the limit of {Options.MaxImageBytes} bytes");
            return false;
        }

        if (!ImageDecoding.TryDecode(_configuration, bytes, Options.MaxPixels, out Image<Rgb24>? image, out error))
        {
            return false;
        }

        using (image)
        {
            quality = TransformRgb(image, coefficients);
            return true;
        }
    }

    private int Transform(Image image, Span<float> coefficients)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image is Image<Rgb24> rgb)
        {
            return TransformRgb(rgb, coefficients);
        }

        // A converted copy: the caller's image keeps its pixel format and frames.
        using Image<Rgb24> copy = image.CloneAs<Rgb24>(_configuration);
        return TransformRgb(copy, coefficients);
    }

    private int TransformRgb(Image<Rgb24> image, Span<float> coefficients)
    {
        int orientation = Options.ExifOrientation == ExifOrientationPolicy.Apply ? OrientationOf(image) : 1;
        float[] luma = LumaSampler.Sample(image, orientation, out int rows, out int cols);
        try
        {
            return PdqMath.Transform(luma.AsSpan(0, rows * cols), rows, cols, coefficients);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(luma);
        }
    }

    private static int OrientationOf(Image image)
    {
        IExifValue<ushort>? value = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation);
        return value is null ? 1 : value.Value;
    }
}
