namespace WildTrace.Hub.Idempotency;

internal static class IdempotencyEndpoints
{
    /// <summary>Makes a POST/PUT/DELETE endpoint honour <c>Idempotency-Key</c> (see <see cref="IdempotencyFilter"/>).</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotencyMetadata.Instance).AddEndpointFilter<TBuilder, IdempotencyFilter>();
}
