namespace WildTrace.Hub.Takedowns;

internal static class TakedownServices
{
    public static IServiceCollection AddTakedowns(this IServiceCollection services) => services.AddScoped<TakedownService>();
}
