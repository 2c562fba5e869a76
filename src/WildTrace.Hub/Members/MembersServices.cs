using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Members;

internal static class MembersServices
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyCache>();
        services.AddScoped<IHubSeed, CoalitionSeed>();
        services.AddScoped<Membership>();
        services.AddScoped<UserSignIn>();
        return services;
    }
}
