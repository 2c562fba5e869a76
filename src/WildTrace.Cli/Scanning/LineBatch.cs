using System.Buffers;

namespace WildTrace.Cli.Scanning;

/// <summary>
/// A run of consecutive input lines and the verdict lines written for them: the unit of parallel work. Batches are
/// reused, so steady-state scanning allocates no buffers.
/// </summary>
internal sealed class LineBatch
{
    // ~256 KiB per batch: big enough that hand-offs between threads cost nothing next to the scanning, small enough
    // that threads x batches in flight stay a few megabytes.
    private const int TargetBytes = 256 * 1024;
    private readonly int _maxLines;
    private byte[] _data = new byte[TargetBytes];
    private int _length;
    private Line[] _lines;

    public LineBatch(int maxLines = ScanPipelineOptions.DefaultMaxBatchLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        _maxLines = maxLines;
        _lines = new Line[maxLines];
    }

    public int Count { get; private set; }

    public bool HasRoom => _length < TargetBytes && Count < _maxLines;

    public ArrayBufferWriter<byte> Output { get; } = new(TargetBytes);

    public ScanCounts Counts { get; } = new();

    /// <summary>Input bytes consumed up to the end of this batch, for progress.</summary>
    public long BytesRead { get; set; }

    public ManualResetEventSlim Done { get; } = new();

    public Exception? Failure { get; set; }

    public void Add(ReadOnlySpan<byte> line, long number, bool isTooLong)
    {
        if (_length + line.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _length + line.Length));
        }

        line.CopyTo(_data.AsSpan(_length));
        _lines[Count++] = new Line(_length, line.Length, number, isTooLong);
        _length += line.Length;
    }

    public ReadOnlySpan<byte> GetLine(int index, out long number, out bool isTooLong)
    {
        Line line = _lines[index];
        (number, isTooLong) = (line.Number, line.IsTooLong);
        return _data.AsSpan(line.Start, line.Length);
    }

    public void Clear()
    {
        _length = 0;
        Count = 0;
        Output.ResetWrittenCount();
        Counts.Clear();
        Done.Reset();
        Failure = null;
    }

    private readonly record struct Line(int Start, int Length, long Number, bool IsTooLong);
}
