using Microsoft.Extensions.Options;

namespace WildTrace.Hub.Webhooks;

internal static class WebhookServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboundAddressPolicy>();
        services.AddSingleton<WebhookSignal>();
        services.AddScoped<WebhookOutbox>();
        services.AddHttpClient(WebhooksWorker.ClientName).ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false, // a proxy would connect on our behalf, past the address check
            ConnectCallback = sp.GetRequiredService<OutboundAddressPolicy>().ConnectAsync,
            ConnectTimeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout,
        });
        services.AddHostedService<WebhooksWorker>();
        return services;
    }
}
