using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// A member's webhook receiver on a loopback Kestrel port: records each POST to <c>/hook</c> (headers and body) and
/// answers with the queued status codes, then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Status codes to answer, in order; 200 once empty.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    public Uri Url { get; private set; } = null!; // set in StartAsync

    public static async Task<WebhookReceiver> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        WebhookReceiver receiver = new(app);
        app.MapPost("/hook", receiver.ReceiveAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel has the feature
        receiver.Url = new Uri(address + "/hook");
        return receiver;
    }

    /// <summary>The next request received, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan timeout)
    {
        using CancellationTokenSource cancel = new(timeout);
        return await _received.Reader.ReadAsync(cancel.Token);
    }

    public bool TryTake(out ReceivedWebhook? webhook) => _received.Reader.TryRead(out webhook);

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using StreamReader reader = new(request.Body);
        string body = await reader.ReadToEndAsync();
        await _received.Writer.WriteAsync(new ReceivedWebhook(
            request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body));
        return Results.StatusCode(Answers.TryDequeue(out int status) ? status : StatusCodes.Status200OK);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
