namespace WildTrace.Hub.Idempotency;

/// <summary>Runs a result under another status code (a replayed answer keeps the status it first had).</summary>
internal sealed class WithStatusResult(IResult inner, int status) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        return inner.ExecuteAsync(httpContext);
    }
}
