namespace WildTrace.Hub.Learning;

internal static class LearningServices
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TermProposer>();
        services.AddSingleton<LearningWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<LearningWorker>());
        return services;
    }
}
