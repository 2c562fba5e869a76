using System.Diagnostics;

namespace WildTrace.Detection.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/> has folded away disguises, together with a map from every
/// normalised UTF-16 unit back to the units of the original text it came from.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class NormalizedText
{
    // For normalised unit i, the original units it came from are [_starts[i], _ends[i]).
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string value, int[] starts, int[] ends)
    {
        Debug.Assert(starts.Length == value.Length && ends.Length == value.Length, "one map entry per normalised unit");
        Original = original;
        Value = value;
        _starts = starts;
        _ends = ends;
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
            int at = normalizedSpan.Start < _starts.Length ? _starts[normalizedSpan.Start] : Original.Length;
            return new TextSpan(at, at);
        }

        int start = _starts[normalizedSpan.Start];
        int end = _ends[normalizedSpan.End - 1];
        return new TextSpan(start, Math.Max(start, end));
    }
}
