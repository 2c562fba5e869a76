namespace WildTrace.Hub.Reviews;

internal static class ReviewServices
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewEvidence>();
        services.AddOptions<AutomaticDecisionOptions>().BindConfiguration(AutomaticDecisionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReviewDesk>();
        services.AddScoped<AutomaticReview>();
        return services;
    }

    public static IEndpointRouteBuilder MapReviewFeature(this IEndpointRouteBuilder routes)
    {
        routes.MapReviews();
        routes.MapMemberQueue();
        routes.MapPlatformRoutes();
        return routes;
    }
}
