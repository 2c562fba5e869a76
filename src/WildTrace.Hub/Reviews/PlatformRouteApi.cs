using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>Coalition admins map each platform (its canonical host) to the member organisation that handles it.</summary>
internal static class PlatformRouteApi
{
    public static RouteGroupBuilder MapPlatformRoutes(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/platform-routes").WithTags("Reviews")
            .RequireAuthorization(HubPolicies.Admin).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapPut("/{platform}", PutRoute).WithName("PutPlatformRoute")
            .WithSummary("Routes confirmed listings of a platform (e.g. marketplace.example) to a member organisation.");
        return group;
    }

    private static async Task<Results<Ok<PlatformRouteRequest>, ProblemHttpResult, UnauthorizedHttpResult>> PutRoute(
        string platform, PlatformRouteRequest request, HttpContext http, WildTraceDb db, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!HubActor.TryFrom(http.User, out HubActor actor))
        {
            return TypedResults.Unauthorized();
        }

        string key = platform.Trim().ToLowerInvariant();
        if (key.Length is 0 or > Storage.Reports.ReportCase.MaxShortFieldLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation, detail: "The platform key is empty or too long.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId && o.Kind == OrganisationKind.Platform, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation,
                detail: "The organisation does not exist or is not a platform.");
        }

        PlatformRoute? route = await db.PlatformRoutes.SingleOrDefaultAsync(r => r.Platform == key, cancellationToken);
        if (route is null)
        {
            db.PlatformRoutes.Add(new PlatformRoute { Platform = key, OrganisationId = request.OrganisationId });
        }
        else
        {
            route.OrganisationId = request.OrganisationId;
        }

        write.Record("platform-route.put", $"platform:{key}", new { organisationId = request.OrganisationId });
        await write.CommitAsync(cancellationToken);
        return TypedResults.Ok(request);
    }
}
