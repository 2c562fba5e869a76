namespace WildTrace.Cli.Tests.Support;

/// <summary>A stream that fails with an <see cref="IOException"/> once a number of bytes has passed through it.</summary>
internal sealed class FailingStream(Stream inner, long failAfterBytes) : Stream
{
    private long _bytes;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _bytes; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Check(count);
        int read = inner.Read(buffer, offset, count);
        _bytes += read;
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        inner.Write(buffer, offset, count);
        _bytes += count;
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Check(int count)
    {
        if (_bytes + count > failAfterBytes)
        {
            throw new IOException("device failed");
        }
    }
}
