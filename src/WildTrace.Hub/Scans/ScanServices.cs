namespace WildTrace.Hub.Scans;

internal static class ScanServices
{
    public static IServiceCollection AddScans(this IServiceCollection services)
    {
        services.AddSingleton<ScanEngine>();
        services.AddOptions<ScanLimitsOptions>().BindConfiguration(ScanLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
