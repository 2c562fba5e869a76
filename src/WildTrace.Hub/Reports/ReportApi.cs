using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reports;

/// <summary>Public reporting (issue #7): anyone may file a report, and follow it with the private link it returns.</summary>
internal static class ReportApi
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/reports").WithTags("Reports")
            .AllowAnonymous().RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapPost("/", SubmitReport).WithName("SubmitReport")
            .WithSummary("Files a report of a suspect listing (JSON, or multipart/form-data with screenshots).")
            .Accepts<ReportRequest>("application/json", "multipart/form-data")
            .DisableAntiforgery(); // no cookie-only state changes here: anonymous callers, and SameSite=Strict cookies otherwise
        group.MapGet("/status/{token}", GetStatus).WithName("GetReportStatus")
            .WithSummary("Reads a report's state through its private follow-up token.");
        return group;
    }

    private static async Task<Results<Created<ReportReceiptResponse>, ProblemHttpResult>> SubmitReport(
        HttpContext http, ReportIntake intake, IOptions<ReportOptions> options, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        long limit = options.Value.MaxBodyBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge, "Report too large", $"A report may be at most {limit} bytes.");
        }

        ReportSubmission? submission;
        string? error;
        try
        {
            (submission, error) = http.Request.HasFormContentType
                ? await ReadFormAsync(http.Request, limit, cancellationToken)
                : await ReadJsonAsync(http.Request, json.Value.SerializerOptions, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge, "Report too large", $"A report may be at most {limit} bytes.");
        }

        if (submission is null)
        {
            return Problem(StatusCodes.Status400BadRequest, HubProblems.MalformedJson, "Malformed report", error ?? "The body could not be read.");
        }

        ReportOutcome outcome = await intake.SubmitAsync(http, submission, cancellationToken);
        return outcome.Receipt is { } receipt
            ? TypedResults.Created(receipt.FollowUpUrl, receipt)
            : Problem(outcome.Status, outcome.ProblemType, outcome.Title, outcome.Detail);
    }

    private static async Task<Results<Ok<ReportStatusResponse>, NotFound>> GetStatus(string token, WildTraceDb db, CancellationToken cancellationToken)
    {
        if (!FollowUpToken.TryHash(token, out byte[] hash))
        {
            return TypedResults.NotFound();
        }

        SpotterReport? report = await db.SpotterReports.AsNoTracking().Include(r => r.Case)
            .SingleOrDefaultAsync(r => r.FollowUpTokenHash == hash, cancellationToken);
        return report?.Case is null ? TypedResults.NotFound() : TypedResults.Ok(ReportStatusResponse.From(report, report.Case));
    }

    private static async Task<(ReportSubmission?, string?)> ReadJsonAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, "Send the report as application/json or multipart/form-data.");
        }

        try
        {
            ReportRequest? body = await request.ReadFromJsonAsync<ReportRequest>(options, cancellationToken);
            return body is null ? (null, "The body is empty.") : (new ReportSubmission(body, []), null);
        }
        catch (JsonException exception)
        {
            return (null, "The JSON body could not be read: " + exception.Message);
        }
    }

    private static async Task<(ReportSubmission?, string?)> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        FormFeature reader = new(request, new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = 64 * 1024 });
        IFormCollection form = await reader.ReadFormAsync(cancellationToken);
        List<byte[]> files = [];
        foreach (IFormFile file in form.Files.GetFiles("screenshots"))
        {
            using MemoryStream buffer = new();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(buffer.ToArray());
        }

        ReportRequest fields = new(
            form["url"].ToString(), Optional(form, "platform"), Optional(form, "taxon"), Optional(form, "description"),
            Optional(form, "listingText"), Optional(form, "language"), Optional(form, "contact"));
        return (new ReportSubmission(fields, files), null);
    }

    private static string? Optional(IFormCollection form, string name) => form.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues value) ? value.ToString() : null;

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(statusCode: status, type: type, title: title, detail: detail);
}
