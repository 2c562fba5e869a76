using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scanning;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Reviews;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reports;

/// <summary>
/// Files a report: validates and canonicalises it, strips the screenshots, scores it, and joins it to the case of the
/// same listing (same canonical URL, or a screenshot within PDQ distance 31) or opens a new case. The API and the web
/// form both come here. Once the report is stored, <see cref="AutomaticReview"/> may confirm an open case by policy. Scoped.
/// </summary>
internal sealed class ReportIntake(
    WildTraceDb db, AuditLog audit, ReportTriage triage, SpeciesCatalog species, ReportThrottle throttle, ScreenshotIndex screenshotIndex,
    AutomaticReview automatic, IOptions<ReportOptions> options, TimeProvider time, ILogger<ReportIntake> logger)
{
    private const int MinDuplicateQuality = 50; // PDQ's advice: below this the hash of a flat image says little

    // Anonymous reports are audited under one name; the audit log never holds an address or a contact.
    private static readonly HubActor s_anonymous = new("anonymous", 0, HubRole.Spotter);

    public async Task<ReportOutcome> SubmitAsync(HttpContext http, ReportSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(submission);
        if (!throttle.TryAcquire(http, out TimeSpan retryAfter))
        {
            http.Response.Headers.RetryAfter = HubRateLimits.RetryAfterSeconds(retryAfter);
            return Refuse(StatusCodes.Status429TooManyRequests, HubProblems.RateLimited, "Too many reports",
                $"This address or account has filed as many reports as allowed for now; retry after {HubRateLimits.RetryAfterSeconds(retryAfter)} s.");
        }

        ReportRequest request = submission.Request;
        List<ValidationResult> errors = [];
        if (!Validator.TryValidateObject(request, new ValidationContext(request), errors, validateAllProperties: true))
        {
            return Refuse(StatusCodes.Status400BadRequest, HubProblems.Validation, "The report is not valid",
                string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }

        if (!ListingUrl.TryCanonicalize(request.Url, out string? canonical, out string? platform, out string? urlError))
        {
            return Refuse(StatusCodes.Status400BadRequest, HubProblems.InvalidListingUrl, "The listing URL is not valid", urlError);
        }

        string taxon = request.Taxon?.Trim() ?? "";
        if (taxon.Length > 0 && !species.Table.TryGet(taxon, out _))
        {
            return Refuse(StatusCodes.Status400BadRequest, HubProblems.Validation, "Unknown species", "Pick a species from the list, or leave it empty.");
        }

        if (submission.Screenshots.Count > options.Value.MaxScreenshots)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge, "Too many screenshots",
                $"At most {options.Value.MaxScreenshots} screenshots per report.");
        }

        ScreenshotSanitizer sanitizer = new(options.Value);
        List<SanitizedScreenshot> screenshots = [];
        foreach (byte[] file in submission.Screenshots)
        {
            if (!sanitizer.TrySanitize(file, out SanitizedScreenshot? clean, out ScreenshotSanitizer.Refusal refusal, out string? imageError))
            {
                return refusal == ScreenshotSanitizer.Refusal.TooLarge
                    ? Refuse(StatusCodes.Status413PayloadTooLarge, HubProblems.BodyTooLarge, "Screenshot too large", imageError)
                    : Refuse(StatusCodes.Status415UnsupportedMediaType, HubProblems.UnsupportedImage, "Not a supported image", imageError);
            }

            screenshots.Add(clean);
        }

        string listingText = request.ListingText?.Trim() ?? "";
        ScanResult scan = triage.Scan(listingText, screenshots.Select(s => s.Pdq));
        taxon = triage.TaxonFor(taxon, scan);
        ReportReceiptResponse receipt = await StoreAsync(http, request, canonical, platform, taxon, scan.Score, screenshots, cancellationToken);
        await automatic.DecideAsync(receipt.CaseId, scan, cancellationToken);
        return ReportOutcome.Accepted(receipt);
    }

    private async Task<ReportReceiptResponse> StoreAsync(
        HttpContext http, ReportRequest request, string canonical, string platform, string taxon, double score,
        List<SanitizedScreenshot> screenshots, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        bool isSignedIn = HubActor.TryFrom(http.User, out HubActor actor);
        long? userId = isSignedIn && actor.Name.StartsWith("user:", StringComparison.Ordinal)
            && long.TryParse(actor.Name.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture, out long id) ? id : null;
        (string token, byte[] tokenHash) = FollowUpToken.Create();

        // The audited write holds the hub's write lock, so finding the case and joining it cannot race another report.
        await using AuditedWrite write = await audit.BeginAsync(db, isSignedIn ? actor : s_anonymous, cancellationToken);
        ReportCase? @case = await db.ReportCases.SingleOrDefaultAsync(c => c.CanonicalUrl == canonical, cancellationToken)
            ?? await FindByScreenshotAsync(screenshots, cancellationToken);
        bool isDuplicate = @case is not null;
        if (@case is null)
        {
            @case = new ReportCase { CanonicalUrl = canonical, Platform = platform, FirstReportedAt = now };
            db.ReportCases.Add(@case);
        }

        @case.ReporterCount++;
        @case.LastReportedAt = now;
        @case.Score = Math.Max(@case.Score, score);
        @case.Language = @case.Language.Length > 0 ? @case.Language : request.Language?.Trim() ?? "";
        @case.Taxon = @case.Taxon.Length > 0 ? @case.Taxon : taxon;
        @case.Cites = species.CitesOf(@case.Taxon);
        @case.Priority = ReportTriage.Priority(@case.Score, @case.Cites, @case.ReporterCount);
        await db.SaveChangesAsync(cancellationToken);

        SpotterReport report = new()
        {
            CaseId = @case.Id,
            Url = request.Url.Trim(),
            Platform = platform,
            Language = request.Language?.Trim() ?? "",
            Taxon = request.Taxon?.Trim() ?? "",
            Description = request.Description?.Trim() ?? "",
            ListingText = request.ListingText?.Trim() ?? "",
            Contact = request.Contact?.Trim() ?? "",
            FollowUpTokenHash = tokenHash,
            ReporterUserId = userId,
            Score = score,
            ReportedAt = now,
        };
        db.SpotterReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        foreach (SanitizedScreenshot screenshot in screenshots)
        {
            db.ReportScreenshots.Add(new ReportScreenshot
            {
                ReportId = report.Id,
                CaseId = @case.Id,
                ContentType = screenshot.ContentType,
                Content = screenshot.Content,
                Width = screenshot.Width,
                Height = screenshot.Height,
                Pdq = screenshot.Pdq.ToString(),
            });
        }

        write.Record("report.file", $"case:{@case.Id}", new { reportId = report.Id, isDuplicate, screenshots = screenshots.Count });

        // Indexed before the commit, while this write still holds the lock, so the next report already sees them.
        screenshotIndex.Add(@case.Id, screenshots.Select(s => s.Pdq));
        try
        {
            await write.CommitAsync(cancellationToken);
        }
        catch
        {
            screenshotIndex.Reset(); // the index may now hold hashes the table does not: reload it on next use
            throw;
        }

        ReportLog.Filed(logger, report.Id, @case.Id, isDuplicate, @case.ReporterCount, score);
        return new ReportReceiptResponse(report.Id, @case.Id, "/Report/Status/" + token, isDuplicate, @case.ReporterCount);
    }

    private async Task<ReportCase?> FindByScreenshotAsync(List<SanitizedScreenshot> screenshots, CancellationToken cancellationToken)
    {
        PdqHash[] wanted = [.. screenshots.Where(s => s.Quality >= MinDuplicateQuality).Select(s => s.Pdq)];
        return await screenshotIndex.FindCaseAsync(db, wanted, cancellationToken) is long caseId
            ? await db.ReportCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            : null;
    }

    private ReportOutcome Refuse(int status, string type, string title, string detail)
    {
        ReportLog.Refused(logger, title);
        return ReportOutcome.Refused(status, type, title, detail);
    }
}
