using System.Net.Http.Json;
using System.Text.Json;
using WildTrace.Hub.Members;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// Creates organisations, users and API keys through the hub's own admin API (the CONTRACT other features code against),
/// for arranging tests. Each method asserts success, so a failing arrange step says where it failed.
/// </summary>
internal static class MemberRequests
{
    /// <summary>A password that meets the hub's rules; tests never need a real one.</summary>
    public const string Password = "correct horse battery staple";

    /// <summary>JSON options matching the hub's (camelCase, enums as camelCase strings).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<OrganisationResponse> CreateOrganisationAsync(this HttpClient admin, string name, OrganisationKind kind)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/organisations", new { name, kind }, Json);
        return await ReadCreatedAsync<OrganisationResponse>(response);
    }

    public static async Task<UserResponse> CreateUserAsync(
        this HttpClient admin, long organisationId, string email, HubRole role, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using HttpResponseMessage response = await admin.PostAsJsonAsync(
            "/api/v1/users", new { organisationId, email, displayName = "Test " + role, role, password }, Json);
        return await ReadCreatedAsync<UserResponse>(response);
    }

    public static async Task<CreatedApiKeyResponse> CreateApiKeyAsync(this HttpClient caller, long organisationId, HubRole role, string name = "test key")
    {
        ArgumentNullException.ThrowIfNull(caller);
        using HttpResponseMessage response = await caller.PostAsJsonAsync("/api/v1/apikeys", new { organisationId, name, role }, Json);
        return await ReadCreatedAsync<CreatedApiKeyResponse>(response);
    }

    /// <summary>The coalition organisation's id (the first admin key's organisation).</summary>
    public static async Task<long> CoalitionIdAsync(this HttpClient admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        MeResponse? me = await admin.GetFromJsonAsync<MeResponse>("/api/v1/me", Json);
        return me!.OrganisationId;
    }

    private static async Task<T> ReadCreatedAsync<T>(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<T>(body, Json)!;
    }
}
