namespace WildTrace.Hub.Terms;

internal static class TermServices
{
    public static IServiceCollection AddTerms(this IServiceCollection services) => services;
}
