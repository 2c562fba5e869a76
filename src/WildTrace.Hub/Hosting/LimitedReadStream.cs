namespace WildTrace.Hub.Hosting;

/// <summary>
/// Wraps a request body and throws <see cref="BodyTooLargeException"/> once more than the limit has been read. It counts
/// what actually arrives, so it holds for chunked bodies and lying <c>Content-Length</c> headers, and also under
/// TestServer, which does not enforce Kestrel's <c>MaxRequestBodySize</c>.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limitBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        if (_read > limitBytes)
        {
            throw new BodyTooLargeException(limitBytes);
        }

        return read;
    }
}
