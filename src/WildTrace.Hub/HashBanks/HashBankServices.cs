namespace WildTrace.Hub.HashBanks;

internal static class HashBankServices
{
    public static IServiceCollection AddHashBanks(this IServiceCollection services) => services;
}
