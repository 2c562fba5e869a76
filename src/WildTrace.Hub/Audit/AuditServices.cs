namespace WildTrace.Hub.Audit;

internal static class AuditServices
{
    public static IServiceCollection AddAuditApi(this IServiceCollection services) => services;
}
