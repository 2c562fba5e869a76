using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>The audit log for coalition admins: list (filters, keyset), export (JSON Lines, streamed) and verify.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/audit").WithTags("Audit")
            .RequireAuthorization(HubPolicies.Admin).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("", ListAudit).WithName("ListAudit")
            .WithSummary("Lists audit entries newest first (filters action, actor, subject, organisationId, from, to; keyset: before, limit).");
        group.MapGet("/export", ExportAudit).WithName("ExportAudit")
            .WithSummary("Exports the whole log as JSON Lines in chain order, streamed, with hashes to recompute the chain.");
        group.MapGet("/verify", VerifyAudit).WithName("VerifyAudit")
            .WithSummary("Recomputes the hash chain and reports the first entry that does not follow from the one before.");
        return group;
    }

    private static async Task<Ok<KeysetPage<AuditEntryResponse>>> ListAudit(
        string? action, string? actor, string? subject, long? organisationId, DateTimeOffset? from, DateTimeOffset? to,
        long? before, int? limit, WildTraceDb db, CancellationToken cancellationToken)
    {
        int take = KeysetPage<AuditEntryResponse>.Clamp(limit);
        IReadOnlyList<AuditEntry> rows = await AuditReader.ListAsync(
            db, new AuditQuery(action, actor, subject, organisationId, from, to, before, take), cancellationToken);
        return TypedResults.Ok(KeysetPage<AuditEntryResponse>.From([.. rows.Select(AuditEntryResponse.From)], take, a => a.Id));
    }

    private static PushStreamHttpResult ExportAudit(WildTraceDb db, HttpContext http) =>
        TypedResults.Stream(async stream =>
        {
            // One line per entry, flushed in batches: the log can outgrow memory, so it is never materialised.
            CancellationToken cancellationToken = http.RequestAborted;
            byte[] newline = "\n"u8.ToArray();
            int pending = 0;
            await foreach (AuditEntry entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(stream, AuditEntryResponse.From(entry), JsonSerializerOptions.Web, cancellationToken);
                await stream.WriteAsync(newline, cancellationToken);
                if (++pending == 500)
                {
                    pending = 0;
                    await stream.FlushAsync(cancellationToken);
                }
            }
        }, "application/jsonl", "wildtrace-audit.jsonl");

    private static async Task<Ok<AuditVerification>> VerifyAudit(WildTraceDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditVerifier.VerifyAsync(db, cancellationToken));
}
