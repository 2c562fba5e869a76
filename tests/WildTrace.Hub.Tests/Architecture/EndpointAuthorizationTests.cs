using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Architecture;

/// <summary>Every API endpoint states who may call it: a policy, or an explicit anonymous allowance.</summary>
public sealed class EndpointAuthorizationTests
{
    [Fact]
    public async Task Every_api_endpoint_requires_authorization_or_is_explicitly_anonymous()
    {
        await using HubHost hub = await HubHost.StartAsync();

        RouteEndpoint[] endpoints = [.. hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) == true)];
        string[] unguarded = [.. endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => $"{e.DisplayName} ({e.RoutePattern.RawText})")];

        Assert.NotEmpty(endpoints);
        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_every_guarded_api_endpoint()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient anonymous = hub.CreateClient(apiKey: null);
        RouteEndpoint[] guarded = [.. hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) == true
                && e.Metadata.GetMetadata<IAllowAnonymous>() is null)];
        List<string> open = [];

        foreach (RouteEndpoint endpoint in guarded)
        {
            string method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [string first, ..] ? first : "GET";
            using HttpRequestMessage request = new(new HttpMethod(method), SamplePath(endpoint.RoutePattern.RawText!));
            using HttpResponseMessage response = await anonymous.SendAsync(request, TestContext.Current.CancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
            {
                open.Add($"{method} {request.RequestUri} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(open);
    }

    /// <summary>Fills route parameters with sample values (<c>{id:long}</c> → 1, <c>{day}</c> → 1).</summary>
    private static string SamplePath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "\\{[^}]+\\}", "1");
}
