using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WildTrace.Hub.Tests.Terms;

/// <summary>Reads the hub's JSON as the hub writes it (web defaults, enums as camelCase strings).</summary>
internal static class TermJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        T? value = await response.Content.ReadFromJsonAsync<T>(Options, TestContext.Current.CancellationToken);
        Assert.NotNull(value);
        return value;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Options, TestContext.Current.CancellationToken);
}
