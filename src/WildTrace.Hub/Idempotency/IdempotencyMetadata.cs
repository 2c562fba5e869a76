namespace WildTrace.Hub.Idempotency;

/// <summary>Endpoint metadata: this write honours <c>Idempotency-Key</c> (so its body is buffered for hashing).</summary>
internal sealed class IdempotencyMetadata
{
    public static IdempotencyMetadata Instance { get; } = new();

    private IdempotencyMetadata()
    {
    }
}
