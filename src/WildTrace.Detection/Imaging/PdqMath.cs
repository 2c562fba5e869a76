using System.Buffers;
using System.Diagnostics;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// PDQ from a luminance buffer to 256 DCT coefficients and a quality score, step for step as the C++ reference
/// (docs/design/pdq.md). Single-precision floats and the reference's order of additions are kept on purpose: they make
/// the hashes bit-identical to <c>pdq-photo-hasher</c> on the same pixels.
/// </summary>
internal static class PdqMath
{
    /// <summary>Images narrower or shorter than this hash to all zeros with quality 0, as in the reference.</summary>
    public const int MinHashableDimension = 5;

    public const int CoefficientCount = 256;

    private const int Decimated = 64;

    // DCT-II rows 1..16 of a 64-point transform (row 0, the mean, carries no structure); 16 x 64, row-major.
    private static readonly float[] s_dct = CreateDctMatrix();

    /// <summary>Blurs, decimates and transforms <paramref name="luma"/>, which it overwrites.</summary>
    /// <param name="luma">Row-major luminance, 0..255, <paramref name="rows"/> x <paramref name="cols"/>; used as scratch.</param>
    /// <param name="rows">Height in pixels.</param>
    /// <param name="cols">Width in pixels.</param>
    /// <param name="coefficients">Receives the 16 x 16 DCT coefficients, row-major.</param>
    /// <returns>The quality score, 0..100.</returns>
    public static int Transform(Span<float> luma, int rows, int cols, Span<float> coefficients)
    {
        Debug.Assert(luma.Length >= rows * cols && coefficients.Length >= CoefficientCount);
        if (rows < MinHashableDimension || cols < MinHashableDimension)
        {
            coefficients[..CoefficientCount].Clear();
            return 0;
        }

        Span<float> decimated = stackalloc float[Decimated * Decimated];
        if (rows == Decimated && cols == Decimated)
        {
            // The reference skips the blur here; running sums would not be exactly the identity, so we skip it too.
            luma[..decimated.Length].CopyTo(decimated);
        }
        else
        {
            float[] scratch = ArrayPool<float>.Shared.Rent(rows * cols);
            try
            {
                JaroszBlur(luma[..(rows * cols)], scratch.AsSpan(0, rows * cols), rows, cols);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }

            Decimate(luma, rows, cols, decimated);
        }

        int quality = Quality(decimated);
        Dct(decimated, coefficients);
        return quality;
    }

    /// <summary>The hash of 16 x 16 coefficients: bit k is set when coefficient k is above their median.</summary>
    public static PdqHash Threshold(ReadOnlySpan<float> coefficients)
    {
        Span<float> sorted = stackalloc float[CoefficientCount];
        coefficients[..CoefficientCount].CopyTo(sorted);
        sorted.Sort();

        // The reference's Torben median returns the lower median, the 128th smallest of 256.
        float median = sorted[(CoefficientCount / 2) - 1];
        Span<bool> bits = stackalloc bool[CoefficientCount];
        for (int k = 0; k < CoefficientCount; k++)
        {
            bits[k] = coefficients[k] > median;
        }

        return PdqHash.FromBits(bits);
    }

    /// <summary>
    /// The coefficients of the picture rotated or flipped, derived in the DCT domain: each dihedral map only
    /// transposes the matrix and flips the sign of odd-frequency rows or columns.
    /// </summary>
    public static void Dihedral(ReadOnlySpan<float> b, PdqDihedral orientation, Span<float> result)
    {
        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < 16; j++)
            {
                float v = b[(i * 16) + j];
                bool iOdd = (i & 1) == 1;
                bool jOdd = (j & 1) == 1;
                bool sumOdd = ((i + j) & 1) == 1;
                switch (orientation)
                {
                    case PdqDihedral.Original: result[(i * 16) + j] = v; break;
                    case PdqDihedral.Rotate90: result[(j * 16) + i] = jOdd ? v : -v; break;
                    case PdqDihedral.Rotate180: result[(i * 16) + j] = sumOdd ? -v : v; break;
                    case PdqDihedral.Rotate270: result[(j * 16) + i] = iOdd ? v : -v; break;
                    case PdqDihedral.FlipX: result[(i * 16) + j] = iOdd ? v : -v; break;
                    case PdqDihedral.FlipY: result[(i * 16) + j] = jOdd ? v : -v; break;
                    case PdqDihedral.FlipPlus1: result[(j * 16) + i] = v; break;
                    case PdqDihedral.FlipMinus1: result[(j * 16) + i] = sumOdd ? -v : v; break;
                    default: throw new ArgumentOutOfRangeException(nameof(orientation));
                }
            }
        }
    }

    // Two passes of box filters along rows then columns approximate a tent filter (Jarosz, "Fast Image Convolutions",
    // 2001). The window is about 1/128 of the side, so the 64 samples taken next each average their neighbourhood.
    private static void JaroszBlur(Span<float> image, Span<float> scratch, int rows, int cols)
    {
        int rowWindow = (cols + 127) / 128;
        int colWindow = (rows + 127) / 128;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int r = 0; r < rows; r++)
            {
                Box(image, scratch, r * cols, cols, 1, rowWindow);
            }

            for (int c = 0; c < cols; c++)
            {
                Box(scratch, image, c, rows, cols, colWindow);
            }
        }
    }

    // Running-sum mean over [i - (w - half), i + half - 1], cut off at the ends and divided by the samples inside.
    // The four phases (fill, grow, slide, shrink) and the add-then-subtract order are the reference's, for exact floats.
    private static void Box(ReadOnlySpan<float> input, Span<float> output, int start, int length, int stride, int window)
    {
        int half = (window + 2) / 2;
        int last = start + ((length - 1) * stride);
        int right = start;
        int left = start;
        int write = start;
        float sum = 0;
        float count = 0;
        for (int i = 0; i < half - 1; i++, right += stride)
        {
            sum += input[right];
            count++;
        }

        for (int i = 0; i < window - half + 1; i++, right += stride, write += stride)
        {
            sum += input[right];
            count++;
            output[write] = sum / count;
        }

        for (int i = 0; i < length - window; i++, right += stride, left += stride, write += stride)
        {
            sum += input[right];
            sum -= input[left];
            output[write] = sum / count;
        }

        for (int i = 0; i < half - 1; i++, left += stride, write += stride)
        {
            sum -= input[left];
            count--;
            output[write] = sum / count;
        }

        Debug.Assert(write == last + stride);
    }

    private static void Decimate(ReadOnlySpan<float> image, int rows, int cols, Span<float> decimated)
    {
        for (int i = 0; i < Decimated; i++)
        {
            int row = (int)((i + 0.5) * rows / Decimated);
            for (int j = 0; j < Decimated; j++)
            {
                int col = (int)((j + 0.5) * cols / Decimated);
                decimated[(i * Decimated) + j] = image[(row * cols) + col];
            }
        }
    }

    // Sum of absolute neighbour differences in percent of full scale, truncated per pair; 90 per point, capped at 100.
    // Flat or tiny pictures score low, and their hashes are mostly noise (PDQ discards quality below 50).
    private static int Quality(ReadOnlySpan<float> a)
    {
        int gradientSum = 0;
        for (int i = 0; i < Decimated - 1; i++)
        {
            for (int j = 0; j < Decimated; j++)
            {
                gradientSum += Math.Abs((int)((a[(i * Decimated) + j] - a[((i + 1) * Decimated) + j]) * 100 / 255));
            }
        }

        for (int i = 0; i < Decimated; i++)
        {
            for (int j = 0; j < Decimated - 1; j++)
            {
                gradientSum += Math.Abs((int)((a[(i * Decimated) + j] - a[(i * Decimated) + j + 1]) * 100 / 255));
            }
        }

        return Math.Min(100, gradientSum / 90);
    }

    // B = D A D^T, as T = D A then B = T D^T, each sum in ascending k.
    private static void Dct(ReadOnlySpan<float> a, Span<float> b)
    {
        float[] d = s_dct;
        Span<float> t = stackalloc float[16 * Decimated];
        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < Decimated; j++)
            {
                float sum = 0;
                for (int k = 0; k < Decimated; k++)
                {
                    sum += d[(i * Decimated) + k] * a[(k * Decimated) + j];
                }

                t[(i * Decimated) + j] = sum;
            }
        }

        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < 16; j++)
            {
                float sum = 0;
                for (int k = 0; k < Decimated; k++)
                {
                    sum += t[(i * Decimated) + k] * d[(j * Decimated) + k];
                }

                b[(i * 16) + j] = sum;
            }
        }
    }

    private static float[] CreateDctMatrix()
    {
        float[] d = new float[16 * Decimated];
        double scale = Math.Sqrt(2.0 / Decimated);
        for (int i = 0; i < 16; i++)
        {
            for (int j = 0; j < Decimated; j++)
            {
                d[(i * Decimated) + j] = (float)(scale * Math.Cos(Math.PI / 2 / Decimated * (i + 1) * ((2 * j) + 1)));
            }
        }

        return d;
    }
}
