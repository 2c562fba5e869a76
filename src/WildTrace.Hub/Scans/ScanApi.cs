namespace WildTrace.Hub.Scans;

/// <summary>The Scans API (issue #6). Endpoints arrive with the feature.</summary>
internal static class ScanApi
{
    public static RouteGroupBuilder MapScans(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1").WithTags("Scans");
}
