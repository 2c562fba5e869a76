using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>Requests and arrange steps the feature case files share.</summary>
internal static class CaseRequests
{
    public static HttpRequestMessage Get(string route) => new(HttpMethod.Get, route);

    public static HttpRequestMessage Post(string route, object body) =>
        new(HttpMethod.Post, route) { Content = JsonContent.Create(body, options: MemberRequests.Json) };

    public static HttpRequestMessage Put(string route, object body) =>
        new(HttpMethod.Put, route) { Content = JsonContent.Create(body, options: MemberRequests.Json) };

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// A client acting for <paramref name="organisation"/> in a role the Member policy admits, or null when the
    /// organisation's kind fits no such role (law enforcement, spotters): only a member organisation can own member data.
    /// </summary>
    public static async Task<HttpClient?> MemberClientAsync(OwnershipWorld world, long organisation, OrganisationKind kind)
    {
        HubRole? role = kind switch
        {
            OrganisationKind.Coalition => HubRole.Analyst,
            OrganisationKind.Platform => HubRole.MemberEngineer,
            _ => null,
        };
        if (role is null)
        {
            return null;
        }

        string key = (await world.Admin.CreateApiKeyAsync(organisation, role.Value, "matrix arrange")).Key;
        return world.Hub.CreateClient(key);
    }

    /// <summary>Sends as <paramref name="client"/>, fails on any status but <paramref name="expected"/>, and returns the JSON body.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient client, HttpRequestMessage request, System.Net.HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (request)
        {
            using HttpResponseMessage response = await client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"Arrange {request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body}");
            }

            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>Runs <paramref name="change"/> on a scoped <see cref="WildTraceDb"/> and saves, for rows the API cannot make.</summary>
    public static async Task<T> WithDbAsync<T>(OwnershipWorld world, Func<WildTraceDb, Task<T>> change)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(change);
        await using AsyncServiceScope scope = world.Hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        T result = await change(db);
        await db.SaveChangesAsync();
        return result;
    }
}
