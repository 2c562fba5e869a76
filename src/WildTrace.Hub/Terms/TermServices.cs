using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Terms;

internal static class TermServices
{
    public static IServiceCollection AddTerms(this IServiceCollection services)
    {
        services.AddOptions<TermsOptions>().BindConfiguration(TermsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IHubSeed, TermSeed>();
        services.AddSingleton<TermChangeSignal>();
        services.AddSingleton<TermCuration>();
        services.AddSingleton<HubSigningKey>();
        services.AddSingleton<TermPackPublisher>();
        services.AddSingleton<TermsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<TermsWorker>());
        return services;
    }
}
