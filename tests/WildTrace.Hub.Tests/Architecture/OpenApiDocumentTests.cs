using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Architecture;

/// <summary>
/// The API's OpenAPI document is a reviewed artefact: any change to an endpoint, request or response shows up as a
/// diff of <c>openapi.approved.json</c>. To accept a change, run this class with <c>WILDTRACE_APPROVE=1</c>
/// (<c>WILDTRACE_APPROVE=1 dotnet test --project tests/WildTrace.Hub.Tests -- --filter-class "*OpenApiDocumentTests*"</c>),
/// which rewrites the file, and commit it.
/// </summary>
public sealed class OpenApiDocumentTests
{
    public const string ApproveVariable = "WILDTRACE_APPROVE";

    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable diffs: keep <, > and ' as they are
    };

    [Fact]
    public async Task OpenApi_document_equals_the_approved_snapshot()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);
        string path = Path.Combine(RepositoryRoot(), "tests", "WildTrace.Hub.Tests", "Architecture", "openapi.approved.json");

        string actual = Normalize(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            await File.WriteAllTextAsync(path, actual, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(path), $"No approved OpenAPI document at {path}; run with {ApproveVariable}=1 to create it.");
        string approved = Normalize(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(approved, actual);
    }

    [Fact]
    public async Task OpenApi_document_is_version_3_1()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        JsonNode? document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        Assert.StartsWith("3.1", document?["openapi"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalar_serves_the_api_reference_page()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage first = await client.GetAsync("/scalar", TestContext.Current.CancellationToken);
        Uri page = first.StatusCode == HttpStatusCode.Found ? first.Headers.Location! : new Uri("/scalar", UriKind.Relative); // a redirect always has a Location
        using HttpResponseMessage response = await client.GetAsync(page, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>WildTrace hub API</title>", html, StringComparison.Ordinal);
    }

    /// <summary>Re-indents the document so that formatting and line endings never count as a change.</summary>
    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(s_indented).ReplaceLineEndings("\n") + "\n";

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WildTrace.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("WildTrace.slnx not found above the test output folder.");
    }
}
