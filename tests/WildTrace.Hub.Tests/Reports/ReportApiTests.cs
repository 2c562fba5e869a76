using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Tests.Reports;

public sealed class ReportApiTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Anonymous_report_is_triaged_and_followed_through_its_private_link(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/reports", new
        {
            url = "https://m.marketplace.example/item/7?utm_source=share",
            listingText = "Genuine rhino horn", // 0.986: scored, and below the automatic confirmation's 0.99
            language = "en",
        }, s_none);
        ReportReceiptResponse? receipt = await response.Content.ReadFromJsonAsync<ReportReceiptResponse>(s_none);
        ReportStatusResponse? status = await client.GetFromJsonAsync<ReportStatusResponse>(
            "/api/v1/reports/status/" + receipt!.FollowUpUrl["/Report/Status/".Length..], s_none);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(receipt.IsDuplicate);
        Assert.Equal("received", status!.State);
        ReportCase stored = await ReadCaseAsync(hub, receipt.CaseId);
        Assert.Equal("https://marketplace.example/item/7", stored.CanonicalUrl);
        Assert.True(stored.Score > 0.5, $"score {stored.Score}");
    }

    [Fact]
    public async Task Same_listing_from_app_and_browser_joins_one_case_with_two_reporters()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        ReportReceiptResponse first = await SubmitAsync(client, new { url = "https://m.shop.example/item/1?fbclid=abc" });
        ReportReceiptResponse second = await SubmitAsync(client, new { url = "https://www.shop.example/item/1/#photos" });

        Assert.Equal(first.CaseId, second.CaseId);
        Assert.True(second.IsDuplicate);
        Assert.Equal(2, second.ReporterCount);
    }

    [Fact]
    public async Task Near_identical_screenshot_of_another_url_joins_the_same_case()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        ReportReceiptResponse first = await SubmitMultipartAsync(client, "https://shop.example/item/1", ReportImages.Png(seed: 7));
        ReportReceiptResponse second = await SubmitMultipartAsync(client, "https://mirror.example/p/99", ReportImages.Jpeg(seed: 7));
        ReportReceiptResponse other = await SubmitMultipartAsync(client, "https://other.example/p/5", ReportImages.Png(seed: 8));

        Assert.Equal(first.CaseId, second.CaseId);
        Assert.NotEqual(first.CaseId, other.CaseId);
    }

    [Fact]
    public async Task Screenshot_is_stored_without_exif_gps()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);
        byte[] original = ReportImages.Jpeg(seed: 3, hasGps: true);

        ReportReceiptResponse receipt = await SubmitMultipartAsync(client, "https://shop.example/item/gps", original);

        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        ReportScreenshot stored = await scope.ServiceProvider.GetRequiredService<WildTraceDb>().ReportScreenshots
            .SingleAsync(s => s.CaseId == receipt.CaseId, s_none);
        Assert.Equal("image/jpeg", stored.ContentType);
        Assert.Null(Image.Identify(stored.Content).Metadata.ExifProfile);
        Assert.DoesNotContain("Exif", System.Text.Encoding.ASCII.GetString(stored.Content), StringComparison.Ordinal);
    }

    [Theory]
    // Malformed listing URLs
    [InlineData("{\"url\":\"not a url\"}", 400, "/problems/invalid-listing-url")]
    [InlineData("{\"url\":\"ftp://shop.example/x\"}", 400, "/problems/invalid-listing-url")]
    // Malformed bodies: broken JSON, unknown field, missing URL
    [InlineData("{\"url\":", 400, "/problems/malformed-json")]
    [InlineData("{\"url\":\"https://shop.example/1\",\"price\":5}", 400, "/problems/malformed-json")]
    [InlineData("{\"taxon\":\"Manis javanica\"}", 400, "/problems/")]
    // A species that is not in the picker
    [InlineData("{\"url\":\"https://shop.example/1\",\"taxon\":\"Unicornus magicus\"}", 400, "/problems/validation")]
    public async Task Bad_report_gets_a_clear_problem(string json, int status, string type)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await client.PostAsync(
            "/api/v1/reports", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), s_none);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(type, await response.Content.ReadAsStringAsync(s_none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_image_upload_is_refused_as_unsupported()
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await PostMultipartAsync(client, "https://shop.example/1",
            "%PDF-1.7 not an image"u8.ToArray(), "image/png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("/problems/unsupported-image", await response.Content.ReadAsStringAsync(s_none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_screenshot_is_refused_as_too_large()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?> { ["Hub:Reports:MaxScreenshotBytes"] = "2048" });
        using HttpClient client = hub.CreateClient(apiKey: null);

        using HttpResponseMessage response = await PostMultipartAsync(client, "https://shop.example/1", ReportImages.Png(seed: 1, size: 256), "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("/problems/body-too-large", await response.Content.ReadAsStringAsync(s_none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Burst_of_1000_reports_from_one_address_is_limited_without_losing_accepted_reports()
    {
        await using HubHost hub = await HubHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Reports:ReportsPerAddressPerHour"] = "40",
            ["Hub:Limits:AnonymousRequestsPerMinute"] = "100000",
        });
        using HttpClient client = hub.CreateClient(apiKey: null);

        List<HttpStatusCode> statuses = [];
        foreach (int[] batch in Enumerable.Range(0, 1000).Chunk(50))
        {
            HttpResponseMessage[] responses = await Task.WhenAll(batch.Select(i =>
                client.PostAsJsonAsync("/api/v1/reports", new { url = $"https://shop.example/item/{i}" }, s_none)));
            statuses.AddRange(responses.Select(r => r.StatusCode));
            Array.ForEach(responses, r => r.Dispose());
        }

        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        int stored = await scope.ServiceProvider.GetRequiredService<WildTraceDb>().SpotterReports.CountAsync(s_none);
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(960, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(40, stored);
    }

    internal static async Task<ReportReceiptResponse> SubmitAsync(HttpClient client, object report)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/reports", report, s_none);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReportReceiptResponse>(s_none))!;
    }

    internal static async Task<ReportReceiptResponse> SubmitMultipartAsync(HttpClient client, string url, byte[] screenshot)
    {
        using HttpResponseMessage response = await PostMultipartAsync(client, url, screenshot, "image/jpeg");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReportReceiptResponse>(s_none))!;
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, byte[] file, string contentType)
    {
        using MultipartFormDataContent form = new();
        form.Add(new StringContent(url), "url");
        ByteArrayContent part = new(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "screenshots", "screenshot");
        return await client.PostAsync("/api/v1/reports", form, s_none);
    }

    private static async Task<ReportCase> ReadCaseAsync(HubHost hub, long caseId)
    {
        await using AsyncServiceScope scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WildTraceDb>().ReportCases.AsNoTracking().SingleAsync(c => c.Id == caseId, s_none);
    }
}
