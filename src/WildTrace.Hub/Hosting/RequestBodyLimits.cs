using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Idempotency;

namespace WildTrace.Hub.Hosting;

/// <summary>
/// Puts every request body behind its limit (<see cref="HubLimitsOptions"/>; batch endpoints get the larger one). Runs
/// after routing, so it can see the endpoint's <see cref="BatchBodyMetadata"/>.
/// </summary>
internal static class RequestBodyLimits
{
    /// <summary>Marks an endpoint as a batch endpoint, with the larger body limit.</summary>
    public static TBuilder WithBatchBodyLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(BatchBodyMetadata.Instance);

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            HubLimitsOptions limits = context.RequestServices.GetRequiredService<IOptions<HubLimitsOptions>>().Value;
            bool isBatch = context.GetEndpoint()?.Metadata.GetMetadata<BatchBodyMetadata>() is not null;
            long limit = isBatch ? limits.MaxBatchBodyBytes : limits.MaxRequestBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
            {
                kestrel.MaxRequestBodySize = limit; // Kestrel refuses early on its own; the stream below covers every server
            }

            if (context.Request.ContentLength > limit)
            {
                throw new BodyTooLargeException(limit); // no need to read what the client says is too big
            }

            context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
            if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyMetadata>() is not null
                && context.Request.Headers.ContainsKey(IdempotencyFilter.Header))
            {
                context.Request.EnableBuffering(); // IdempotencyFilter hashes the body after binding has read it
            }

            return next(context);
        });
}
