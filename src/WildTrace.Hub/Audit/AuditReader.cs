using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>Reads the audit log for the API and the /Audit page: filtered, newest first, keyset on id.</summary>
internal static class AuditReader
{
    public static async Task<IReadOnlyList<AuditEntry>> ListAsync(WildTraceDb db, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        if (!string.IsNullOrEmpty(query.Actor))
        {
            entries = entries.Where(a => a.Actor == query.Actor);
        }

        if (!string.IsNullOrEmpty(query.Subject))
        {
            entries = entries.Where(a => a.Subject == query.Subject);
        }

        if (query.OrganisationId is { } organisationId)
        {
            entries = entries.Where(a => a.OrganisationId == organisationId);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(a => a.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(a => a.At < to);
        }

        if (query.Before is { } before)
        {
            entries = entries.Where(a => a.Id < before);
        }

        return await entries.OrderByDescending(a => a.Id).Take(query.Limit).ToListAsync(cancellationToken);
    }
}
