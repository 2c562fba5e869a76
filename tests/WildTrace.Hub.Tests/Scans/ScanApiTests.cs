using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WildTrace.Hub.Tests.Support;

namespace WildTrace.Hub.Tests.Scans;

/// <summary>One hub for the class: scans store nothing, so tests cannot disturb each other.</summary>
public sealed class ScanApiTests(ScanHubFixture fixture) : IClassFixture<ScanHubFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scan_returns_the_cli_verdict_object_with_match_spans_in_the_original_text()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan",
            """{"id": "L1", "title": "Carved elephant ivory bangle", "text": "Genuine ivory, shipping worldwide. Price 300 USD"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument verdict = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        JsonElement root = verdict.RootElement;
        Assert.Equal("L1", root.GetProperty("id").GetString());
        Assert.NotEqual("allow", root.GetProperty("verdict").GetString());
        JsonElement match = root.GetProperty("matches").EnumerateArray()
            .First(m => m.GetProperty("field").GetString() == "title");
        string title = "Carved elephant ivory bangle";
        string found = title[match.GetProperty("start").GetInt32()..match.GetProperty("end").GetInt32()];
        Assert.Contains("ivory", found, StringComparison.OrdinalIgnoreCase);
        Assert.True(root.TryGetProperty("explanation", out _));
    }

    [Fact]
    public async Task Batch_gives_a_bad_item_an_error_and_still_scans_the_others()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan/batch",
            """[{"id": "a", "text": "rhino horn for sale"}, {"id": "b", "price": "cheap"}, 42, {"id": "c", "text": "garden chair"}]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument results = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        JsonElement[] items = [.. results.RootElement.EnumerateArray()];
        Assert.Equal(4, items.Length);
        Assert.NotEqual("allow", items[0].GetProperty("verdict").GetString());
        Assert.Equal("b", items[1].GetProperty("id").GetString());
        Assert.Equal("item 1: 'price' must be a number", items[1].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("id").ValueKind);
        Assert.StartsWith("item 2:", items[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", items[3].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Batch_over_the_item_limit_is_refused_whole()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);
        string body = "[" + string.Join(",", Enumerable.Range(0, ScanHubFixture.MaxBatchItems + 1).Select(i => $$"""{"id": "{{i}}"}""")) + "]";

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan/batch", body);

        await AssertProblem(response, HttpStatusCode.BadRequest, "/problems/malformed-json", $"at most {ScanHubFixture.MaxBatchItems} listings");
    }

    // What makes a single scan a 400, and what the problem says.
    [Theory]
    [InlineData("""{"id": "x", "title": """, "/problems/malformed-json", "invalid JSON at byte")]
    [InlineData("{\n  \"id\": \"x\",\n  \"text\": tru\n}", "/problems/malformed-json", "invalid JSON at line 3")]
    [InlineData("""{"id": "x", "text": 12}""", "/problems/validation", "'text' must be a string")]
    [InlineData("""{"id": "x", "colour": "red"}""", "/problems/validation", "unknown field 'colour'")]
    [InlineData("""{"title": "no id"}""", "/problems/validation", "missing 'id'")]
    public async Task Scan_explains_what_is_wrong_with_the_listing(string body, string type, string detail)
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan", body);

        await AssertProblem(response, HttpStatusCode.BadRequest, type, detail);
    }

    [Fact]
    public async Task Scan_refuses_invalid_utf8()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);
        using ByteArrayContent content = new([.. "{\"id\": \"x\", \"text\": \""u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage response = await client.PostAsync("/api/v1/scan", content, Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "/problems/malformed-json", "UTF-8");
    }

    [Fact]
    public async Task Scan_refuses_text_over_the_length_limit()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);
        string text = new('a', ScanHubFixture.MaxTextLength + 1);

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan", $$"""{"id": "x", "text": "{{text}}"}""");

        await AssertProblem(response, HttpStatusCode.BadRequest, "/problems/validation", "'text' is longer than");
    }

    [Fact]
    public async Task Oversize_body_without_content_length_gets_413()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);
        byte[] big = Encoding.UTF8.GetBytes($$"""{"id": "x", "text": "{{new string('a', ScanHubFixture.MaxBodyBytes)}}"}""");
        using StreamContent content = new(new UnknownLengthStream(big)); // chunked: the server cannot trust a header
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage response = await client.PostAsync("/api/v1/scan", content, Cancel);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "/problems/body-too-large", $"{ScanHubFixture.MaxBodyBytes} bytes");
    }

    [Fact]
    public async Task Batch_endpoint_takes_bodies_larger_than_the_ordinary_limit()
    {
        using HttpClient client = fixture.Hub.CreateClient(fixture.Hub.AdminKey);
        string filler = new('a', ScanHubFixture.MaxTextLength - 10);
        int count = (ScanHubFixture.MaxBodyBytes / filler.Length) + 2;
        string body = "[" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"id": "{{i}}", "text": "{{filler}}"}""")) + "]";

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan/batch", body);

        Assert.True(Encoding.UTF8.GetByteCount(body) > ScanHubFixture.MaxBodyBytes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_caller_may_not_scan()
    {
        using HttpClient client = fixture.Hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await PostJson(client, "/api/v1/scan", """{"id": "x"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static async Task<HttpResponseMessage> PostJson(HttpClient client, string path, string json)
    {
        using StringContent content = new(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(path, content, Cancel);
    }

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string type, string detailPart)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(type, problem.RootElement.GetProperty("type").GetString());
        Assert.Contains(detailPart, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
