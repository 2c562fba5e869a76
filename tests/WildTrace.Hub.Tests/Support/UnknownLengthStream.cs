namespace WildTrace.Hub.Tests.Support;

/// <summary>A readable stream that will not say its length, so HTTP clients send it chunked, without Content-Length.</summary>
public sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
{
    public override bool CanSeek => false;
}
