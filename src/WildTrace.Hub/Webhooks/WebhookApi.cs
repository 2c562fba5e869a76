using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Webhooks;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// A member organisation's webhook endpoints and its delivery log, with manual replay. Every row is the caller's own
/// organisation's: another organisation's ids answer 404.
/// </summary>
internal static class WebhookApi
{
    private const int MaxSecrets = 2; // the new secret and the one being retired

    public static RouteGroupBuilder MapWebhooks(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/webhooks").WithTags("Webhooks")
            .RequireAuthorization(HubPolicies.Takedowns).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapPost("/", CreateEndpoint).WithName("CreateWebhookEndpoint")
            .WithSummary("Registers a receiver URL; answers its signing secret once.");
        group.MapGet("/", ListEndpoints).WithName("ListWebhookEndpoints").WithSummary("Lists the organisation's endpoints.");
        group.MapPost("/{id:long}/secrets", RotateSecret).WithName("RotateWebhookSecret")
            .WithSummary("Adds a new signing secret; deliveries are signed with it and the previous one until the next rotation.");
        group.MapGet("/deliveries", ListDeliveries).WithName("ListWebhookDeliveries").WithSummary("The delivery log, newest first.");
        group.MapPost("/deliveries/{id:long}/replay", Replay).WithName("ReplayWebhookDelivery")
            .WithSummary("Sends a delivery again now (same webhook-id, so receivers can deduplicate).");
        return group;
    }

    private static async Task<Results<Created<WebhookEndpointResponse>, ProblemHttpResult, UnauthorizedHttpResult>> CreateEndpoint(
        WebhookEndpointRequest request, HttpContext http, WildTraceDb db, AuditLog audit, OutboundAddressPolicy policy,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        string? refusal = Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out Uri? url)
            ? await policy.CheckAsync(url, cancellationToken)
            : "The webhook URL is not an absolute URL.";
        if (refusal is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, type: HubProblems.WebhookUrlRefused,
                title: "Webhook URL refused", detail: refusal);
        }

        string secret = WebhookSecret.Create();
        WebhookEndpoint endpoint = new()
        {
            OrganisationId = actor.OrganisationId,
            Url = url!.AbsoluteUri, // TryCreate succeeded, or refusal would be set
            Secrets = secret,
            CreatedAt = time.GetUtcNow(),
        };
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        write.Record("webhook.create", $"webhook:{endpoint.Id}", new { host = url.IdnHost });
        await write.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{endpoint.Id}", WebhookEndpointResponse.From(endpoint, secret));
    }

    private static async Task<Ok<WebhookEndpointResponse[]>> ListEndpoints(HttpContext http, WildTraceDb db, CancellationToken cancellationToken)
    {
        long organisationId = OrganisationOf(http);
        List<WebhookEndpoint> endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.OrganisationId == organisationId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(endpoints.Select(e => WebhookEndpointResponse.From(e)).ToArray());
    }

    private static async Task<Results<Ok<WebhookEndpointResponse>, NotFound, UnauthorizedHttpResult>> RotateSecret(
        long id, HttpContext http, WildTraceDb db, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        WebhookEndpoint? endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(
            e => e.Id == id && e.OrganisationId == actor.OrganisationId, cancellationToken);
        if (endpoint is null)
        {
            return TypedResults.NotFound();
        }

        string secret = WebhookSecret.Create();
        endpoint.Secrets = string.Join(' ', new[] { secret }.Concat(endpoint.Secrets.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Take(MaxSecrets));
        write.Record("webhook.rotate", $"webhook:{endpoint.Id}");
        await write.CommitAsync(cancellationToken);
        return TypedResults.Ok(WebhookEndpointResponse.From(endpoint, secret));
    }

    private static async Task<Ok<WebhookDeliveryResponse[]>> ListDeliveries(HttpContext http, WildTraceDb db, CancellationToken cancellationToken)
    {
        long organisationId = OrganisationOf(http);
        List<WebhookDelivery> deliveries = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Endpoint!.OrganisationId == organisationId)
            .OrderByDescending(d => d.Id).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(deliveries.Select(WebhookDeliveryResponse.From).ToArray());
    }

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, NotFound, UnauthorizedHttpResult>> Replay(
        long id, HttpContext http, WildTraceDb db, AuditLog audit, WebhookSignal signal, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        WebhookDelivery? delivery = await db.WebhookDeliveries.Include(d => d.Endpoint)
            .SingleOrDefaultAsync(d => d.Id == id && d.Endpoint!.OrganisationId == actor.OrganisationId, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.NotFound();
        }

        delivery.State = WebhookDeliveryState.Pending;
        delivery.NextAttemptAt = time.GetUtcNow();
        write.Record("webhook.replay", $"webhook-delivery:{delivery.Id}");
        await write.CommitAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/webhooks/deliveries/{delivery.Id}", WebhookDeliveryResponse.From(delivery));
    }

    private static long OrganisationOf(HttpContext http) => HubActor.TryFrom(http.User, out HubActor actor) ? actor.OrganisationId : -1;
}
