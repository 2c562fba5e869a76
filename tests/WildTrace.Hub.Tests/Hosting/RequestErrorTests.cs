using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Hub.Tests.Scans;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;

namespace WildTrace.Hub.Tests.Hosting;

/// <summary>Problem details for bodies the JSON binder refuses, unknown routes, and the OpenAPI document.</summary>
public sealed class RequestErrorTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Bodies that never reach the handler, and what the problem says about them.
    [Theory]
    [InlineData("{\n  \"text\": \"x\",\n  \"language\": }", "/problems/malformed-json", "Malformed JSON at line 3")]
    [InlineData("""{"text": "x", "language": "en", "kind": "k", "category": "c", "source": "s", "weight": "heavy"}""", "/problems/malformed-json", "Field '$.weight' has the wrong type")]
    [InlineData("""{"text": "x", "language": "en", "kind": "k", "category": "c", "source": "s", "colour": 1}""", "/problems/malformed-json", "Unknown field '$.colour'")]
    [InlineData("", "/problems/validation", "")]
    public async Task Refused_json_body_gets_a_problem_that_says_where(string body, string type, string detail)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await ScanApiTests.PostJson(client, "/api/v1/terms", body);

        await ScanApiTests.AssertProblem(response, HttpStatusCode.BadRequest, type, detail);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_bound_body_is_a_malformed_json_problem()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        using ByteArrayContent content = new([.. "{\"text\": \""u8, 0xFF, 0xFE, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage response = await client.PostAsync("/api/v1/terms", content, Cancel);

        await ScanApiTests.AssertProblem(response, HttpStatusCode.BadRequest, "/problems/malformed-json", "line 1");
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Refused_write_leaves_no_rows(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(hub.AdminKey);
        (int terms, int audit) before = await CountAsync(hub);
        string oversize = new('a', 2 * 1024 * 1024);

        using HttpResponseMessage noSource = await ScanApiTests.PostJson(client, "/api/v1/terms", """{"text": "x", "language": "en", "kind": "k", "category": "c", "source": " "}""");
        using HttpResponseMessage tooLarge = await ScanApiTests.PostJson(client, "/api/v1/terms", $$"""{"text": "{{oversize}}", "language": "en", "kind": "k", "category": "c", "source": "s"}""");
        using HttpResponseMessage textTooLong = await ScanApiTests.PostJson(client, "/api/v1/terms", $$"""{"text": "{{new string('a', 201)}}", "language": "en", "kind": "k", "category": "c", "source": "s"}""");

        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, textTooLong.StatusCode);
        Assert.Equal(before, await CountAsync(hub));
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await client.GetAsync("/api/v1/no-such-thing", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/problems/not-found", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_scan_and_terms()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        string document = await client.GetStringAsync("/openapi/v1.json", Cancel);

        foreach (string operation in new[] { "ScanListing", "ScanBatch", "ListTerms", "ProposeTerm", "ApproveTerm", "GetTermPack", "GetTermChanges", "GetTermKeys" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("ScanRequest", document, StringComparison.Ordinal);
        Assert.Contains("ProposeTermRequest", document, StringComparison.Ordinal);
    }

    private static async Task<(int Terms, int Audit)> CountAsync(HubHost hub)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        return (db.Terms.Count(), db.AuditEntries.Count());
    }
}
