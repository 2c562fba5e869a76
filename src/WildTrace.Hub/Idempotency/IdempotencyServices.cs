namespace WildTrace.Hub.Idempotency;

internal static class IdempotencyServices
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IdempotencyFilter>();
        services.AddSingleton<IdempotencyCleanupWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanupWorker>());
        return services;
    }
}
