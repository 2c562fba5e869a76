using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scanning.Json;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Scans;

/// <summary>
/// <c>POST /api/v1/scan</c> and <c>/scan/batch</c>: the CLI's listing objects in, the CLI's verdict objects out, read and
/// written by the same code (<see cref="ListingParser"/>, <see cref="VerdictWriter"/>). Scans store nothing.
/// </summary>
internal static class ScanApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapScans(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1").WithTags("Scans")
            .RequireAuthorization(HubPolicies.Member).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapPost("/scan", ScanOne).WithName("ScanListing")
            .WithSummary("Scans one listing and returns its verdict, matches and explanation.")
            .Accepts<ScanRequest>(Json).Produces<ScanResponse>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/scan/batch", ScanBatch).WithName("ScanBatch").WithBatchBodyLimit()
            .WithSummary("Scans a JSON array of listings; an unreadable item gets an error object, the others are scanned.")
            .Accepts<IReadOnlyList<ScanRequest>>(Json).Produces<IReadOnlyList<ScanResponse>>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/echo", Echo).WithName("Echo")
            .WithSummary("Reads the body and answers 200 with nothing else: the baseline that scan throughput is measured against.");
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScanOne(
        HttpRequest request, ScanEngine engine, IOptions<ScanLimitsOptions> limits, ILogger<ScanEngine> logger, CancellationToken cancellationToken)
    {
        byte[] body = await ReadBodyAsync(request, cancellationToken);
        if (!ListingParser.TryParse(body, UnknownFields.Refuse, out Listing? listing, out _, out string? error)
            || (error = CheckLength(listing!, limits.Value)) is not null) // TryParse sets listing when it succeeds
        {
            bool isSyntax = error!.StartsWith("invalid JSON", StringComparison.Ordinal) || error.Contains("UTF-8", StringComparison.Ordinal);
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest,
                title: isSyntax ? "The request body is not valid" : "The listing is not valid",
                type: isSyntax ? HubProblems.MalformedJson : HubProblems.Validation);
        }

        ScanResult result = Scan(engine, listing!, logger);
        ArrayBufferWriter<byte> output = new(1024);
        using (Utf8JsonWriter writer = new(output, VerdictWriter.Options))
        {
            VerdictWriter.WriteResult(writer, result);
        }

        return TypedResults.Bytes(output.WrittenMemory.ToArray(), Json);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScanBatch(
        HttpRequest request, ScanEngine engine, IOptions<ScanLimitsOptions> limits, ILogger<ScanEngine> logger, CancellationToken cancellationToken)
    {
        byte[] body = await ReadBodyAsync(request, cancellationToken);
        if (!ScanBatchReader.TryRead(body, limits.Value.MaxBatchItems, out List<ReadOnlyMemory<byte>> items, out string? error))
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest,
                title: "The request body is not a batch of listings", type: HubProblems.MalformedJson);
        }

        int errors = 0;
        ArrayBufferWriter<byte> output = new(items.Count * 512);
        using (Utf8JsonWriter writer = new(output, VerdictWriter.Options))
        {
            writer.WriteStartArray();
            for (int i = 0; i < items.Count; i++)
            {
                if (!ListingParser.TryParse(items[i].Span, UnknownFields.Refuse, out Listing? listing, out string? id, out error)
                    || (error = CheckLength(listing!, limits.Value)) is not null) // TryParse sets listing when it succeeds
                {
                    errors++;
                    VerdictWriter.WriteError(writer, id, string.Create(CultureInfo.InvariantCulture, $"item {i}: {error}"));
                    continue;
                }

                VerdictWriter.WriteResult(writer, Scan(engine, listing!, logger));
            }

            writer.WriteEndArray();
        }

        ScanLog.ScannedBatch(logger, items.Count, errors);
        return TypedResults.Bytes(output.WrittenMemory.ToArray(), Json);
    }

    private static async Task<Ok> Echo(HttpRequest request, CancellationToken cancellationToken)
    {
        _ = await ReadBodyAsync(request, cancellationToken);
        return TypedResults.Ok();
    }

    private static ScanResult Scan(ScanEngine engine, Listing listing, ILogger logger)
    {
        ScanResult result = engine.Scan(listing);
        foreach (DetectorFailure failure in result.Failures)
        {
            ScanLog.DetectorFailed(logger, failure.Exception, failure.Detector, listing.Id);
        }

        ScanLog.Scanned(logger, listing.Id, result.Verdict);
        return result;
    }

    private static string? CheckLength(Listing listing, ScanLimitsOptions limits) =>
        listing.Title.Length > limits.MaxTitleLength ? $"'title' is longer than {limits.MaxTitleLength} characters"
        : listing.Text.Length > limits.MaxTextLength ? $"'text' is longer than {limits.MaxTextLength} characters"
        : null;

    /// <summary>The whole body; <see cref="RequestBodyLimits"/> has already capped how much of it can arrive.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using MemoryStream buffer = new(request.ContentLength is > 0 and < 1024 * 1024 ? (int)request.ContentLength : 4096);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
