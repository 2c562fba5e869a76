using System.Security.Cryptography;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// Reads a payload followed by a fixed-size trailer (the checksum) without knowing the payload's length: it always
/// holds back the last <c>trailerLength</c> bytes seen, hashes only what it hands out, and exposes the held-back bytes
/// as <see cref="Trailer"/> once the inner stream ends.
/// </summary>
internal sealed class ChecksumReadStream(Stream inner, IncrementalHash hash, int trailerLength) : Stream
{
    private readonly byte[] _buffer = new byte[(1 << 16) + trailerLength];
    private int _start;
    private int _end;
    private bool _isInnerDone;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The held-back bytes after the payload is read to its end; shorter than the trailer when the file is.</summary>
    public ReadOnlySpan<byte> Trailer => _isInnerDone && _end - _start <= trailerLength ? _buffer.AsSpan(_start, _end - _start) : [];

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        while (_end - _start <= trailerLength && !_isInnerDone)
        {
            Fill();
        }

        int available = Math.Max(0, _end - _start - trailerLength);
        int n = Math.Min(available, destination.Length);
        ReadOnlySpan<byte> handedOut = _buffer.AsSpan(_start, n);
        hash.AppendData(handedOut);
        handedOut.CopyTo(destination);
        _start += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        int read = inner.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _isInnerDone = read == 0;
    }
}
