using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Analysts' decisions as labelled listings in the eval format (data/labelled/README.md): confirmed and escalated cases
/// are <c>prohibited</c>, rejected ones <c>allowed</c>; <c>split</c> is <c>review</c>, <c>obfuscation</c> is <c>unknown</c>
/// (nobody labelled it). Only cases whose reporters pasted the listing text are exported: there is nothing to score
/// otherwise. Reporter data never leaves.
/// </summary>
internal static class LabelledExport
{
    public const string ContentType = "application/x-ndjson";

    public static async Task WriteAsync(WildTraceDb db, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<ReportCase> decided = await db.ReportCases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Confirmed || c.Status == CaseStatus.Escalated || c.Status == CaseStatus.Rejected)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (ReportCase @case in decided)
        {
            string? text = await db.SpotterReports.AsNoTracking().Where(r => r.CaseId == @case.Id && r.ListingText != "")
                .OrderBy(r => r.Id).Select(r => r.ListingText).FirstOrDefaultAsync(cancellationToken);
            if (text is null)
            {
                continue;
            }

            byte[] line = JsonSerializer.SerializeToUtf8Bytes(new
            {
                id = $"case-{@case.Id}",
                title = "",
                text,
                lang = @case.Language,
                label = @case.Status == CaseStatus.Rejected ? "allowed" : "prohibited",
                obfuscation = "unknown",
                taxon = @case.Taxon,
                split = "review",
            });
            await output.WriteAsync(line, cancellationToken);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
    }
}
