using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.Scans;
using WildTrace.Storage;
using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

/// <summary>
/// Keeps <see cref="HashBankIndex"/> and the scanner's image bank in step with the database: it reads the hash feed
/// after the last revision it applied, when a write signals it and at least every <see cref="PollInterval"/> (which
/// also picks up changes committed by another process), so a change is live within seconds, without a restart.
/// </summary>
internal sealed partial class HashBanksWorker(
    IServiceScopeFactory scopes, HashBankIndex index, ScanEngine scans, TimeProvider time, ILogger<HashBanksWorker> logger)
    : BackgroundService
{
    /// <summary>The issue asks for changes to be live within 10 seconds; a poll at half that leaves room for the query.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    // Large enough that a 10,000-hash batch is read in a few round trips, small enough to bound one read's memory.
    private const int ChangesPerRead = 20_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                HashBankLog.RefreshFailed(logger, ex);
            }

            await index.WaitForSignalAsync(PollInterval, time, stoppingToken);
        }
    }

    /// <summary>Applies every change after the index's revision, bank by bank, then publishes the new snapshot.</summary>
    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        WildTraceDb db = scope.ServiceProvider.GetRequiredService<WildTraceDb>();
        ImmutableDictionary<long, IndexedBank> banks = index.CurrentBanks;
        long revision = index.Revision;
        bool isSharedChanged = false;

        List<HashBankRecord> records = await db.HashBanks.AsNoTracking().ToListAsync(cancellationToken);
        foreach (HashBankRecord record in records.Where(r => !banks.ContainsKey(r.Id)))
        {
            banks = banks.SetItem(record.Id, new IndexedBank(record.Id, record.Name, record.OwnerOrganisationId, record.IsShared, HashBank.Empty));
        }

        while (true)
        {
            long after = revision;
            List<BankedHash> changes = await db.BankedHashes.AsNoTracking()
                .Where(h => h.Revision > after).OrderBy(h => h.Revision).Take(ChangesPerRead)
                .ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                break;
            }

            foreach (IGrouping<long, BankedHash> bankChanges in changes.GroupBy(h => h.BankId))
            {
                if (!banks.TryGetValue(bankChanges.Key, out IndexedBank? bank))
                {
                    // Created after the list above was read; its rows must not be skipped, or the revision passes them.
                    HashBankRecord? record = await db.HashBanks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bankChanges.Key, cancellationToken);
                    if (record is null)
                    {
                        continue;
                    }

                    bank = new IndexedBank(record.Id, record.Name, record.OwnerOrganisationId, record.IsShared, HashBank.Empty);
                }

                // A changed row is removed and, if still live, added again: that also replaces an edited label.
                HashBank hashes = bank.Hashes
                    .Remove(bankChanges.Select(h => PdqHash.Parse(h.Pdq)))
                    .Add(bankChanges.Where(h => h.RemovedAt is null).Select(h => ToEntry(h, bank.Name)));
                banks = banks.SetItem(bank.Id, bank with { Hashes = hashes });
                isSharedChanged |= bank.IsShared;
            }

            revision = changes[^1].Revision;
        }

        if (revision == index.Revision && banks.Count == index.CurrentBanks.Count)
        {
            return;
        }

        if (isSharedChanged)
        {
            // The union is rebuilt rather than patched: a hash removed from one shared bank may still sit in another.
            HashBank shared = HashBank.Create(banks.Values.Where(b => b.IsShared).SelectMany(b => b.Hashes.Entries));
            scans.ReplaceImageBank(shared);
        }

        // Published last: whoever waits for this revision may rely on scans having it too.
        index.Publish(banks, revision);

        HashBankLog.Refreshed(logger, banks.Count, revision);
    }

    /// <summary>The scanner's labels: the bank's name as the source, the member's label as the product.</summary>
    internal static HashBankEntry ToEntry(BankedHash hash, string bankName) =>
        new(PdqHash.Parse(hash.Pdq), new HashLabels(Species: "", Product: hash.Label, Source: bankName, Confidence: 1.0));
}
