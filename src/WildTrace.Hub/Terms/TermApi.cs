namespace WildTrace.Hub.Terms;

/// <summary>The Terms API (issue #6). Endpoints arrive with the feature.</summary>
internal static class TermApi
{
    public static RouteGroupBuilder MapTerms(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1").WithTags("Terms");
}
