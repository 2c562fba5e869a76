namespace WildTrace.Storage.Idempotency;

/// <summary>
/// The stored answer to a write sent with an <c>Idempotency-Key</c> header, so that a retried request gets the same
/// response instead of doing the work twice. Keyed by the caller (API key) and the header value; a retry with a different
/// body is refused (<see cref="RequestHash"/> differs).
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 200;
    public const int MaxCallerLength = 100;
    public const int MaxRouteLength = 300;
    public const int MaxContentTypeLength = 100;

    public long Id { get; set; }

    public required string Caller { get; set; }

    public required string Key { get; set; }

    public required string Route { get; set; }

    public required byte[] RequestHash { get; set; }

    public int StatusCode { get; set; }

    public required string ContentType { get; set; }

    public required byte[] ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
