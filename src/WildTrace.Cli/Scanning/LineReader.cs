using System.Buffers;

namespace WildTrace.Cli.Scanning;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF) without decoding it, in one pooled buffer. A line longer than the
/// limit is skipped to its end and reported as too long, so that one huge line cannot exhaust memory.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private const int ReadChunkBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _isEndOfStream;
    private long _lineNumber;

    public LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        // Room for a whole line at the limit (plus CR LF) and a full read chunk behind it.
        _buffer = ArrayPool<byte>.Shared.Rent(maxLineBytes + 2 + ReadChunkBytes);
    }

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next line; <paramref name="line"/> stays valid until the next call.</summary>
    /// <returns>False at the end of the stream. A final line without a newline is still a line.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool isTooLong, out long lineNumber)
    {
        bool isDiscarding = false;
        int scanFrom = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0 || (_isEndOfStream && (_start < _end || isDiscarding)))
            {
                int lineEnd = newline >= 0 ? scanFrom + newline : _end;
                line = _buffer.AsSpan(_start, lineEnd - _start);
                _start = Math.Min(lineEnd + 1, _end);
                return Finish(ref line, isDiscarding, out isTooLong, out lineNumber);
            }

            if (_isEndOfStream)
            {
                line = default;
                (isTooLong, lineNumber) = (false, _lineNumber);
                return false;
            }

            if (_end - _start > _maxLineBytes + 1)
            {
                isDiscarding = true; // Too long already: drop what we hold and look only for its end.
                _start = _end = 0;
            }
            else if (_buffer.Length - _end < ReadChunkBytes)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            scanFrom = _end;
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _isEndOfStream = read == 0;
            _end += read;
            BytesRead += read;
        }
    }

    private bool Finish(ref ReadOnlySpan<byte> line, bool isDiscarding, out bool isTooLong, out long lineNumber)
    {
        lineNumber = ++_lineNumber;
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..]; // A UTF-8 byte-order mark, as some Windows tools write.
        }

        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        isTooLong = isDiscarding || line.Length > _maxLineBytes;
        if (isTooLong)
        {
            line = default;
        }

        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
