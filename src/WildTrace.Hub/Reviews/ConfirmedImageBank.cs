using Microsoft.EntityFrameworkCore;
using WildTrace.Storage;
using WildTrace.Hub.HashBanks;
using WildTrace.Storage.HashBanks;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Puts the screenshots of a confirmed case into the coalition's shared bank <see cref="BankName"/>, so that the same
/// photo reposted elsewhere matches in every member's scans. Each new hash takes the next revision of the
/// <see cref="HashRevisions.FeedName"/> feed inside the caller's transaction, which is how the hash-bank feed and worker see it.
/// </summary>
internal static class ConfirmedImageBank
{
    public const string BankName = "spotter-confirmed";

    /// <summary>Adds the case's screenshot hashes not yet in the bank; returns how many were added.</summary>
    public static async Task<int> AddAsync(WildTraceDb db, ReportCase @case, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        List<string> hashes = await db.ReportScreenshots.AsNoTracking().Where(s => s.CaseId == @case.Id)
            .Select(s => s.Pdq).Distinct().ToListAsync(cancellationToken);
        if (hashes.Count == 0)
        {
            return 0;
        }

        Organisation coalition = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Coalition, cancellationToken);
        HashBankRecord? bank = await db.HashBanks.SingleOrDefaultAsync(
            b => b.OwnerOrganisationId == coalition.Id && b.Name == BankName, cancellationToken);
        if (bank is null)
        {
            bank = new HashBankRecord
            {
                Name = BankName,
                Description = "Screenshots of listings that coalition analysts confirmed from spotter reports.",
                OwnerOrganisationId = coalition.Id,
                IsShared = true,
                CreatedAt = now,
            };
            db.HashBanks.Add(bank);
            await db.SaveChangesAsync(cancellationToken);
        }

        // A tombstoned row (from an overturned case) comes back to life: the bank's key is (bank, hash).
        List<BankedHash> existing = await db.BankedHashes.Where(h => h.BankId == bank.Id && hashes.Contains(h.Pdq)).ToListAsync(cancellationToken);
        List<BankedHash> revived = [.. existing.Where(h => h.RemovedAt is not null)];
        string[] added = [.. hashes.Except(existing.Select(h => h.Pdq), StringComparer.Ordinal)];
        if (added.Length + revived.Count == 0)
        {
            return 0;
        }

        long revision = await HashRevisions.ReserveAsync(db, added.Length + revived.Count, cancellationToken);
        string label = LabelOf(@case);
        foreach (BankedHash row in revived)
        {
            row.Label = label;
            row.RemovedAt = null;
            row.AddedAt = now;
            row.Revision = revision++;
        }

        foreach (string pdq in added)
        {
            db.BankedHashes.Add(new BankedHash
            {
                BankId = bank.Id,
                Pdq = pdq,
                Label = label,
                AddedByOrganisationId = coalition.Id,
                AddedAt = now,
                Revision = revision++,
            });
        }

        return added.Length + revived.Count;
    }

    /// <summary>
    /// Takes out the hashes this case put in the bank (tombstones with a new feed revision, as the hash-bank API removes
    /// them); a hash that another case banked first stays. Returns how many were removed.
    /// </summary>
    public static async Task<int> RemoveAsync(WildTraceDb db, ReportCase @case, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        long coalitionId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Coalition).Select(o => o.Id).SingleAsync(cancellationToken);
        string label = $"case:{@case.Id}";
        string labelWithTaxon = label + " ";
        List<BankedHash> rows = await db.BankedHashes
            .Where(h => h.Bank!.OwnerOrganisationId == coalitionId && h.Bank.Name == BankName && h.RemovedAt == null
                && (h.Label == label || h.Label.StartsWith(labelWithTaxon)))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        long revision = await HashRevisions.ReserveAsync(db, rows.Count, cancellationToken);
        foreach (BankedHash row in rows)
        {
            row.RemovedAt = now;
            row.Revision = revision++;
        }

        return rows.Count;
    }

    private static string LabelOf(ReportCase @case) =>
        string.IsNullOrEmpty(@case.Taxon) ? $"case:{@case.Id}" : $"case:{@case.Id} {@case.Taxon}";
}
