namespace WildTrace.Hub.Hosting;

/// <summary>
/// A request body grew past its limit while being read. Not an <see cref="IOException"/> on purpose: minimal APIs treat
/// those as a client that went away and answer nothing, while this one must reach the exception handler as a 413.
/// </summary>
internal sealed class BodyTooLargeException(long limitBytes)
    : Exception($"The request body is larger than {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
