using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Idempotency;

namespace WildTrace.Hub.Idempotency;

/// <summary>
/// Honours the <c>Idempotency-Key</c> header on a write (draft-ietf-httpapi-idempotency-key-header): the first answer
/// (below 500) is stored per caller and key; a retry with the same body gets it replayed without running the handler
/// again, and a retry with another body gets 422 <c>idempotency-key-reused</c>. Add with <see cref="WithIdempotency"/>.
/// </summary>
/// <remarks>
/// The record is saved after the handler's own transaction, so a crash between the two can let one retry run twice;
/// two concurrent first requests with one key can also both run (the unique index keeps one record). Both are rare, and
/// the writes behind this filter (proposals, decisions) refuse a second run with 409 anyway.
/// </remarks>
internal sealed class IdempotencyFilter(
    IDbContextFactory<WildTraceDb> databases, TimeProvider time, IOptions<IdempotencyOptions> options) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        string? key = http.Request.Headers[Header];
        if (string.IsNullOrEmpty(key) || !HubActor.TryFrom(http.User, out HubActor actor))
        {
            return await next(context);
        }

        if (key.Length > IdempotencyRecord.MaxKeyLength)
        {
            return TypedResults.Problem($"'{Header}' is longer than {IdempotencyRecord.MaxKeyLength} characters.",
                statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation);
        }

        CancellationToken cancellationToken = http.RequestAborted;
        string route = http.Request.Method + " " + http.Request.Path;
        byte[] hash = await HashAsync(http.Request, route, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        await using (WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken))
        {
            IdempotencyRecord? stored = await db.IdempotencyRecords.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Caller == actor.Name && r.Key == key, cancellationToken);
            if (stored is not null && stored.CreatedAt > now - options.Value.Expiry)
            {
                return stored.RequestHash.AsSpan().SequenceEqual(hash)
                    ? TypedResults.Bytes(stored.ResponseBody, stored.ContentType).WithStatus(stored.StatusCode)
                    : TypedResults.Problem($"This {Header} was used with a different request; use a new key for a new request.",
                        statusCode: StatusCodes.Status422UnprocessableEntity, type: HubProblems.IdempotencyKeyReused);
            }

            if (stored is not null)
            {
                await db.IdempotencyRecords.Where(r => r.Id == stored.Id).ExecuteDeleteAsync(cancellationToken);
            }
        }

        object? result = await next(context);
        if (result is not IResult answer)
        {
            return result;
        }

        (int status, string contentType, byte[] body) = await RenderAsync(http, answer);
        if (status < StatusCodes.Status500InternalServerError)
        {
            await SaveAsync(new IdempotencyRecord
            {
                Caller = actor.Name, Key = key, Route = route[..Math.Min(route.Length, IdempotencyRecord.MaxRouteLength)],
                RequestHash = hash, StatusCode = status, ContentType = contentType, ResponseBody = body, CreatedAt = now,
            }, cancellationToken);
        }

        return TypedResults.Bytes(body, contentType).WithStatus(status);
    }

    private static async Task<byte[]> HashAsync(HttpRequest request, string route, CancellationToken cancellationToken)
    {
        using IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(route + "\n"));
        if (request.Body.CanSeek) // RequestBodyLimits buffers bodies of idempotent endpoints, so binding left it readable
        {
            request.Body.Position = 0;
            byte[] buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }

        return sha.GetHashAndReset();
    }

    /// <summary>Runs the handler's result into memory, so the same bytes go to the client and into the record.</summary>
    private static async Task<(int Status, string ContentType, byte[] Body)> RenderAsync(HttpContext http, IResult answer)
    {
        Stream original = http.Response.Body;
        using MemoryStream captured = new();
        http.Response.Body = captured;
        try
        {
            await answer.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        return (http.Response.StatusCode, http.Response.ContentType ?? "application/octet-stream", captured.ToArray());
    }

    private async Task SaveAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent first request with the same key stored its answer first; that one stands.
        }
    }
}
