namespace WildTrace.Hub.Reports;

internal static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SpeciesCatalog>();
        services.AddSingleton<ReportThrottle>();
        services.AddSingleton<ReportTriage>();
        services.AddSingleton<ScreenshotIndex>();
        services.AddScoped<ReportIntake>();
        return services;
    }
}
