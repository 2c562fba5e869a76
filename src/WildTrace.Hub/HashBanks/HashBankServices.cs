namespace WildTrace.Hub.HashBanks;

internal static class HashBankServices
{
    public static IServiceCollection AddHashBanks(this IServiceCollection services)
    {
        services.AddSingleton<HashBankIndex>();
        services.AddScoped<HashBankService>();
        services.AddHostedService<HashBanksWorker>();
        return services;
    }
}
