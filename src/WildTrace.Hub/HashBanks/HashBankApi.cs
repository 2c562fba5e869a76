namespace WildTrace.Hub.HashBanks;

/// <summary>The HashBanks API (issue #6). Endpoints arrive with the feature.</summary>
internal static class HashBankApi
{
    public static RouteGroupBuilder MapHashBanks(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1").WithTags("HashBanks");
}
