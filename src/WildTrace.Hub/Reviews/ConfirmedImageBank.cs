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

        List<string> present = await db.BankedHashes.AsNoTracking().Where(h => h.BankId == bank.Id && hashes.Contains(h.Pdq))
            .Select(h => h.Pdq).ToListAsync(cancellationToken);
        string[] added = [.. hashes.Except(present, StringComparer.Ordinal)];
        if (added.Length == 0)
        {
            return 0;
        }

        long revision = await HashRevisions.ReserveAsync(db, added.Length, cancellationToken);
        foreach (string pdq in added)
        {
            db.BankedHashes.Add(new BankedHash
            {
                BankId = bank.Id,
                Pdq = pdq,
                Label = string.IsNullOrEmpty(@case.Taxon) ? $"case:{@case.Id}" : $"case:{@case.Id} {@case.Taxon}",
                AddedByOrganisationId = coalition.Id,
                AddedAt = now,
                Revision = revision++,
            });
        }

        return added.Length;
    }
}
