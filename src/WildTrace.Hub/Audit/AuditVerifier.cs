using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>
/// Recomputes the audit chain in id order. An entry is broken when its stored previous hash is not the hash of the
/// entry before it, or its stored hash is not the hash of its own fields: an edited, deleted or inserted row shows at
/// that row. What this cannot show: the newest entries cut off the end, or a whole chain rewritten by someone who can
/// write to the database (anchor the latest hash outside the hub for that; docs/design/hub.md).
/// </summary>
internal static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        byte[] previous = AuditHash.Genesis;
        long count = 0;
        await foreach (AuditEntry entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (!entry.PreviousHash.AsSpan().SequenceEqual(previous) || !entry.Hash.AsSpan().SequenceEqual(AuditHash.Compute(previous, entry)))
            {
                return new AuditVerification(false, count, entry.Id);
            }

            previous = entry.Hash;
        }

        return new AuditVerification(true, count, null);
    }
}
