using System.Diagnostics;

namespace WildTrace.Detection.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a string.
/// </summary>
/// <remarks>Offsets are UTF-16 indices, as used by <see cref="string"/> and by JavaScript, so that
/// callers in either language can slice the text they hold.</remarks>
[DebuggerDisplay("[{Start}, {End})")]
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The first UTF-16 index, inclusive; zero or more.</param>
    /// <param name="end">The UTF-16 index after the last unit, exclusive; at least <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The first UTF-16 index, inclusive.</summary>
    public int Start { get; }

    /// <summary>The UTF-16 index after the last unit, exclusive.</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 units, <c>End - Start</c>.</summary>
    public int Length => End - Start;
}
