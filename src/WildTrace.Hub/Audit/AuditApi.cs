namespace WildTrace.Hub.Audit;

/// <summary>The Audit API (issue #6). Endpoints arrive with the feature.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1").WithTags("Audit");
}
