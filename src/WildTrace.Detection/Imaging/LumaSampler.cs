using System.Buffers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// Reads the luminance PDQ hashes from a decoded image: applies the EXIF orientation when asked, and the reference's
/// pre-resize (nearest neighbour to exactly 512 x 512 when either side is larger), in one pass over the sampled pixels.
/// </summary>
internal static class LumaSampler
{
    // pdq-photo-hasher resizes anything larger to 512 x 512 (aspect not kept) with CImg's nearest neighbour; PDQ's paper
    // recommends a pre-resize because the blur is too slow on megapixel input.
    public const int PreResizeSide = 512;

    // ITU-R BT.601 luma weights, as single-precision constants like the reference's.
    private const float RedWeight = 0.299f;
    private const float GreenWeight = 0.587f;
    private const float BlueWeight = 0.114f;

    /// <summary>Samples <paramref name="image"/>'s first frame into a pooled luminance buffer the caller returns.</summary>
    /// <param name="image">The decoded image; only read.</param>
    /// <param name="exifOrientation">The EXIF orientation value 1..8 to apply; 1 (or anything else) applies none.</param>
    /// <param name="rows">Receives the buffer's height.</param>
    /// <param name="cols">Receives the buffer's width.</param>
    public static float[] Sample(Image<Rgb24> image, int exifOrientation, out int rows, out int cols)
    {
        int storedWidth = image.Width;
        int storedHeight = image.Height;
        bool isTransposed = exifOrientation is >= 5 and <= 8;
        int width = isTransposed ? storedHeight : storedWidth;
        int height = isTransposed ? storedWidth : storedHeight;
        bool isResized = width > PreResizeSide || height > PreResizeSide;
        int outRows = isResized ? PreResizeSide : height;
        int outCols = isResized ? PreResizeSide : width;

        int[] xs = SourceIndices(width, outCols);
        int[] ys = SourceIndices(height, outRows);
        byte[] rgb = ArrayPool<byte>.Shared.Rent(outRows * outCols * 3);
        bool isGrey = true;
        image.Frames.RootFrame.ProcessPixelRows(accessor =>
        {
            int o = 0;
            for (int r = 0; r < outRows; r++)
            {
                for (int c = 0; c < outCols; c++, o += 3)
                {
                    (int x, int y) = Stored(xs[c], ys[r], storedWidth, storedHeight, exifOrientation);
                    Rgb24 p = accessor.GetRowSpan(y)[x];
                    rgb[o] = p.R;
                    rgb[o + 1] = p.G;
                    rgb[o + 2] = p.B;
                    isGrey &= p.R == p.G && p.G == p.B;
                }
            }
        });

        float[] luma = ArrayPool<float>.Shared.Rent(outRows * outCols);
        if (isGrey)
        {
            for (int i = 0; i < outRows * outCols; i++)
            {
                luma[i] = rgb[i * 3];
            }
        }
        else
        {
            ToLuma(rgb.AsSpan(0, outRows * outCols * 3), 3, luma);
        }

        ArrayPool<byte>.Shared.Return(rgb);
        rows = outRows;
        cols = outCols;
        return luma;
    }

    /// <summary>
    /// Luminance of interleaved 8-bit pixels. A one-channel picture uses the grey value itself, as the reference does
    /// for single-channel input; <see cref="Sample"/> treats a picture whose pixels are all grey the same way.
    /// </summary>
    public static void ToLuma(ReadOnlySpan<byte> pixels, int channels, Span<float> luma)
    {
        if (channels == 1)
        {
            for (int i = 0; i < luma.Length && i < pixels.Length; i++)
            {
                luma[i] = pixels[i];
            }

            return;
        }

        for (int i = 0, o = 0; o + 2 < pixels.Length; i++, o += 3)
        {
            luma[i] = (RedWeight * pixels[o]) + (GreenWeight * pixels[o + 1]) + (BlueWeight * pixels[o + 2]);
        }
    }

    // CImg's nearest neighbour: output index i reads source floor(i * source / output), computed in double.
    private static int[] SourceIndices(int source, int output)
    {
        int[] indices = new int[output];
        for (int i = 0; i < output; i++)
        {
            indices[i] = source == output ? i : (int)(i * (double)source / output);
        }

        return indices;
    }

    // Maps a pixel of the upright picture back to the stored pixel for each EXIF orientation (TIFF 6.0, tag 274).
    private static (int X, int Y) Stored(int x, int y, int width, int height, int orientation) => orientation switch
    {
        2 => (width - 1 - x, y),
        3 => (width - 1 - x, height - 1 - y),
        4 => (x, height - 1 - y),
        5 => (y, x),
        6 => (y, height - 1 - x),
        7 => (width - 1 - y, height - 1 - x),
        8 => (width - 1 - y, x),
        _ => (x, y),
    };
}
