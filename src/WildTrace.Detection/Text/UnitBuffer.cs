using System.Runtime.CompilerServices;

namespace WildTrace.Detection.Text;

/// <summary>
/// A growable run of UTF-16 units, each with the original range it came from. The normaliser keeps one pair per
/// thread and reuses it, so normalising allocates only the result.
/// </summary>
internal sealed class UnitBuffer
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    /// <summary>The units; valid up to <see cref="Length"/>.</summary>
    public char[] Chars => _chars;

    /// <summary>For unit i, the first original unit it came from.</summary>
    public int[] Starts => _starts;

    /// <summary>For unit i, the original unit after the last one it came from.</summary>
    public int[] Ends => _ends;

    /// <summary>The number of units in use.</summary>
    public int Length { get; set; }

    /// <summary>The last unit, or <c>'\0'</c> when empty.</summary>
    public char Last => Length > 0 ? _chars[Length - 1] : '\0';

    /// <summary>Empties the buffer and makes room for <paramref name="capacity"/> units.</summary>
    public void Reset(int capacity)
    {
        Length = 0;
        EnsureCapacity(capacity);
    }

    /// <summary>Makes room for <paramref name="extra"/> more units; the arrays may be replaced.</summary>
    public void EnsureCapacity(int extra)
    {
        int needed = Length + extra;
        if (needed > _chars.Length)
        {
            int size = Math.Max(needed, _chars.Length * 2);
            Array.Resize(ref _chars, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
        }
    }

    /// <summary>Appends one unit that came from original units <c>[start, end)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            EnsureCapacity(1);
        }

        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    /// <summary>Appends units <c>[from, to)</c> of <paramref name="source"/> with their map entries.</summary>
    public void AppendRange(UnitBuffer source, int from, int to)
    {
        int count = to - from;
        EnsureCapacity(count);
        source._chars.AsSpan(from, count).CopyTo(_chars.AsSpan(Length));
        source._starts.AsSpan(from, count).CopyTo(_starts.AsSpan(Length));
        source._ends.AsSpan(from, count).CopyTo(_ends.AsSpan(Length));
        Length += count;
    }
}
