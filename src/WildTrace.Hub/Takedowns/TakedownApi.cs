namespace WildTrace.Hub.Takedowns;

/// <summary>The Takedowns API (issue #6). Endpoints arrive with the feature.</summary>
internal static class TakedownApi
{
    public static RouteGroupBuilder MapTakedowns(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1").WithTags("Takedowns");
}
