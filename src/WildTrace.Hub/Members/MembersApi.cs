using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Members;

/// <summary>Organisations, users and API keys (admins), and <c>GET /api/v1/me</c> for any caller.</summary>
internal static class MembersApi
{
    public static RouteGroupBuilder MapMembers(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1").WithTags("Members")
            .RequireAuthorization(HubPolicies.SignedIn).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/me", GetMe).WithName("GetMe").WithSummary("Says who the caller is: actor, organisation and role.");
        return group;
    }

    private static Results<Ok<MeResponse>, UnauthorizedHttpResult> GetMe(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor)
            ? TypedResults.Ok(new MeResponse(actor.Name, actor.OrganisationId, actor.Role.ToString()))
            : TypedResults.Unauthorized();
}
