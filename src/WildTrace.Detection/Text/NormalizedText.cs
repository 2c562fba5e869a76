using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WildTrace.Detection.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/> has folded away disguises, together with a map from every
/// normalised UTF-16 unit back to the units of the original text it came from.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class NormalizedText
{
    // The map is stored as runs, three ints each: [valueStart, originalStart, originalEnd] of the run's first unit.
    // Unit i of a run maps to [originalStart + k, originalEnd + k) with k = i - valueStart. Most text folds one unit
    // for one, so a listing is one run or a few (a run breaks at each expansion, collapsed space, join or emoji); storing
    // two ints per unit instead made allocating and copying the map cost more than normalising (bench TextNormalizer).
    private const int RunWidth = 3;
    private readonly int[] _runs;

    internal NormalizedText(string original, string value, int[] starts, int[] ends)
        : this(original, value, starts.AsSpan(), ends.AsSpan())
    {
    }

    internal NormalizedText(string original, string value, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        Debug.Assert(starts.Length == value.Length && ends.Length == value.Length, "one map entry per normalised unit");
        Original = original;
        Value = value;
        _runs = ToRuns(starts, ends);
    }

    /// <summary>The text exactly as it was given to <see cref="TextNormalizer.Normalize(string)"/>.</summary>
    public string Original { get; }

    /// <summary>The normalised text that matchers search.</summary>
    public string Value { get; }

    /// <summary>
    /// Maps a span of <see cref="Value"/> to the span of <see cref="Original"/> that produced it, so that evidence
    /// points at what the seller typed.
    /// </summary>
    /// <param name="normalizedSpan">A span inside <see cref="Value"/>.</param>
    /// <returns>The smallest span of <see cref="Original"/> covering every unit that produced the given units.
    /// An empty span maps to an empty span at the corresponding original position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span ends beyond <see cref="Value"/>.</exception>
    public TextSpan ToOriginalSpan(TextSpan normalizedSpan)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedSpan.End, Value.Length);
        if (normalizedSpan.Length == 0)
        {
            int at = normalizedSpan.Start < Value.Length ? StartOf(normalizedSpan.Start) : Original.Length;
            return new TextSpan(at, at);
        }

        int start = StartOf(normalizedSpan.Start);
        int end = EndOf(normalizedSpan.End - 1);
        return new TextSpan(start, Math.Max(start, end));
    }

    private int StartOf(int unit)
    {
        int run = FindRun(unit);
        return _runs[run + 1] + (unit - _runs[run]);
    }

    private int EndOf(int unit)
    {
        int run = FindRun(unit);
        return _runs[run + 2] + (unit - _runs[run]);
    }

    // Binary search for the last run whose first unit is at or before unit; returns its offset in _runs.
    private int FindRun(int unit)
    {
        int low = 0;
        int high = (_runs.Length / RunWidth) - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >> 1;
            if (_runs[middle * RunWidth] <= unit)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low * RunWidth;
    }

    private static int[] ToRuns(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        // One pass into a small stack buffer covers nearly every listing; longer maps take a second, counting pass.
        const int StackRuns = 64;
        Span<int> found = stackalloc int[StackRuns];
        int count = 0;
        for (int i = NextRunStart(starts, ends, 0); i < starts.Length; i = NextRunStart(starts, ends, i + 1))
        {
            if (count < StackRuns)
            {
                found[count] = i;
            }

            count++;
        }

        int[] runs = new int[count * RunWidth];
        int r = 0;
        int next = 0;
        for (int k = 0; k < count; k++)
        {
            int i = k < StackRuns ? found[k] : (next = NextRunStart(starts, ends, next + 1));
            next = i;
            runs[r] = i;
            runs[r + 1] = starts[i];
            runs[r + 2] = ends[i];
            r += RunWidth;
        }

        return runs;
    }

    // The first unit at or after from that starts a run, or the length when none does.
    // Hot loop: compiled fully optimised at once, instead of running tier-0 code for the first seconds of a scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextRunStart(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from)
    {
        int i = from;
        if (i == 0 && starts.Length > 0)
        {
            return 0;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            ref int s = ref MemoryMarshal.GetReference(starts);
            ref int e = ref MemoryMarshal.GetReference(ends);
            Vector256<int> one = Vector256<int>.One;
            for (; i + Vector256<int>.Count <= starts.Length; i += Vector256<int>.Count)
            {
                Vector256<int> startSteps = Vector256.LoadUnsafe(ref s, (nuint)i) - Vector256.LoadUnsafe(ref s, (nuint)(i - 1));
                Vector256<int> endSteps = Vector256.LoadUnsafe(ref e, (nuint)i) - Vector256.LoadUnsafe(ref e, (nuint)(i - 1));
                if (!Vector256.EqualsAll(startSteps, one) || !Vector256.EqualsAll(endSteps, one))
                {
                    break;
                }
            }
        }

        while (i < starts.Length && !IsRunStart(starts, ends, i))
        {
            i++;
        }

        return i;
    }

    private static bool IsRunStart(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i) =>
        i == 0 || starts[i] != starts[i - 1] + 1 || ends[i] != ends[i - 1] + 1;
}
