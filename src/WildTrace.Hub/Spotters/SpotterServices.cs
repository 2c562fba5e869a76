namespace WildTrace.Hub.Spotters;

internal static class SpotterServices
{
    public static IServiceCollection AddSpotters(this IServiceCollection services)
    {
        services.AddOptions<SpotterOptions>().BindConfiguration(SpotterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignUpThrottle>();
        services.AddScoped<SpotterEnrolment>();
        services.AddScoped<SpotterRounds>();
        services.AddScoped<SpotterProgress>();
        return services;
    }
}
