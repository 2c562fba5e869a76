using Microsoft.EntityFrameworkCore;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.HashBanks;

namespace WildTrace.Hub.HashBanks;

/// <summary>
/// The hash bank rules that the API and the pages share. A caller sees the shared banks and its organisation's own;
/// only the owning organisation changes a bank, and only coalition staff create shared ones (their banks are the
/// coalition's, so members cannot change what every other member's scans match). Scoped (one per request).
/// </summary>
internal sealed class HashBankService(WildTraceDb db, AuditLog audit, HashBankIndex index, TimeProvider time, ILogger<HashBankService> logger)
{
    /// <summary>Hashes per add, remove or match request: a day's bank export from a large member in one call.</summary>
    public const int MaxHashesPerRequest = 10_000;

    public const int MaxPageSize = 1000;

    public async Task<IReadOnlyList<HashBankResponse>> ListAsync(HubActor actor, CancellationToken cancellationToken)
    {
        List<HashBankRecord> banks = await Visible(actor).OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        Dictionary<long, int> counts = await CountsAsync(banks.Select(b => b.Id).ToList(), cancellationToken);
        return [.. banks.Select(b => HashBankResponse.From(b, counts.GetValueOrDefault(b.Id)))];
    }

    public async Task<HashBankResult<HashBankResponse>> GetAsync(HubActor actor, long id, CancellationToken cancellationToken)
    {
        HashBankRecord? bank = await Visible(actor).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bank is null)
        {
            return HashBankResult<HashBankResponse>.Fail(HashBankError.NotFound);
        }

        Dictionary<long, int> counts = await CountsAsync([id], cancellationToken);
        return HashBankResult<HashBankResponse>.Ok(HashBankResponse.From(bank, counts.GetValueOrDefault(id)));
    }

    public async Task<HashBankResult<HashBankResponse>> CreateAsync(HubActor actor, CreateHashBankRequest request, CancellationToken cancellationToken)
    {
        string name = request.Name.Trim();
        if (name.Length == 0)
        {
            return HashBankResult<HashBankResponse>.Invalid(new Dictionary<string, string[]> { ["name"] = ["A bank needs a name."] });
        }

        if (request.IsShared && !actor.IsCoalitionStaff)
        {
            return HashBankResult<HashBankResponse>.Fail(HashBankError.Forbidden);
        }

        // Checked under the audited write's lock, so two requests for one name get 201 and 409, never the index's 500.
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        if (await db.HashBanks.AnyAsync(b => b.OwnerOrganisationId == actor.OrganisationId && b.Name == name, cancellationToken))
        {
            return HashBankResult<HashBankResponse>.Fail(HashBankError.NameTaken);
        }

        HashBankRecord bank = new()
        {
            Name = name,
            Description = request.Description?.Trim() ?? "",
            OwnerOrganisationId = actor.OrganisationId,
            IsShared = request.IsShared,
            CreatedAt = time.GetUtcNow(),
        };
        db.HashBanks.Add(bank);
        await db.SaveChangesAsync(cancellationToken);
        write.Record("hashbank.create", $"hashbank:{bank.Id}", new { isShared = bank.IsShared });
        await write.CommitAsync(cancellationToken);

        index.Signal();
        HashBankLog.Created(logger, bank.Id, actor.Name, bank.IsShared);
        return HashBankResult<HashBankResponse>.Ok(HashBankResponse.From(bank, 0));
    }

    public async Task<HashBankResult<HashesChangedResponse>> AddHashesAsync(
        HubActor actor, long bankId, IReadOnlyList<HashInput> hashes, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        Dictionary<string, HashInput> wanted = new(StringComparer.Ordinal);
        for (int i = 0; i < hashes.Count; i++)
        {
            HashInput input = hashes[i];
            if (!PdqHash.TryParse(input.Pdq, out PdqHash pdq))
            {
                errors[$"hashes[{i}].pdq"] = ["Not a PDQ hash: expected 64 hexadecimal digits."];
            }
            else if (input.Label is { Length: > BankedHash.MaxLabelLength })
            {
                errors[$"hashes[{i}].label"] = [$"Labels are at most {BankedHash.MaxLabelLength} characters."];
            }
            else if (input.Quality is < 0 or > 100)
            {
                errors[$"hashes[{i}].quality"] = ["PDQ quality is 0 to 100."];
            }
            else
            {
                wanted[pdq.ToString()] = input; // the last of duplicates wins, as if sent one after another
            }
        }

        if (hashes.Count > MaxHashesPerRequest)
        {
            errors["hashes"] = [$"At most {MaxHashesPerRequest} hashes per request."];
        }

        if (errors.Count > 0)
        {
            return HashBankResult<HashesChangedResponse>.Invalid(errors);
        }

        HashBankError access = await CheckWriteAsync(actor, bankId, cancellationToken);
        if (access != HashBankError.None)
        {
            return HashBankResult<HashesChangedResponse>.Fail(access);
        }

        if (wanted.Count == 0)
        {
            return HashBankResult<HashesChangedResponse>.Ok(new HashesChangedResponse(0, 0, 0, index.Revision));
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        List<string> keys = [.. wanted.Keys];
        Dictionary<string, BankedHash> existing = await db.BankedHashes
            .Where(h => h.BankId == bankId && keys.Contains(h.Pdq)).ToDictionaryAsync(h => h.Pdq, StringComparer.Ordinal, cancellationToken);
        long revision = await HashRevisions.ReserveAsync(db, keys.Count, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        int added = 0;
        int updated = 0;
        foreach ((string pdq, HashInput input) in wanted)
        {
            if (!existing.TryGetValue(pdq, out BankedHash? row))
            {
                row = new BankedHash { Pdq = pdq, BankId = bankId, AddedByOrganisationId = actor.OrganisationId, AddedAt = now };
                db.BankedHashes.Add(row);
                added++;
            }
            else
            {
                updated++;
            }

            row.Label = input.Label?.Trim() ?? "";
            row.Quality = input.Quality;
            row.RemovedAt = null;
            row.Revision = revision++;
        }

        write.Record("hashbank.hashes.add", $"hashbank:{bankId}", new { added, updated });
        await write.CommitAsync(cancellationToken);

        index.Signal();
        HashBankLog.HashesChanged(logger, bankId, added + updated, 0, actor.Name);
        return HashBankResult<HashesChangedResponse>.Ok(new HashesChangedResponse(added, updated, 0, revision - 1));
    }

    public async Task<HashBankResult<HashesChangedResponse>> RemoveHashesAsync(
        HubActor actor, long bankId, IReadOnlyList<string> hashes, CancellationToken cancellationToken)
    {
        HashSet<string> keys = new(StringComparer.Ordinal);
        Dictionary<string, string[]> errors = [];
        for (int i = 0; i < hashes.Count; i++)
        {
            if (PdqHash.TryParse(hashes[i], out PdqHash pdq))
            {
                keys.Add(pdq.ToString());
            }
            else
            {
                errors[$"hashes[{i}]"] = ["Not a PDQ hash: expected 64 hexadecimal digits."];
            }
        }

        if (hashes.Count > MaxHashesPerRequest)
        {
            errors["hashes"] = [$"At most {MaxHashesPerRequest} hashes per request."];
        }

        if (errors.Count > 0)
        {
            return HashBankResult<HashesChangedResponse>.Invalid(errors);
        }

        HashBankError access = await CheckWriteAsync(actor, bankId, cancellationToken);
        if (access != HashBankError.None)
        {
            return HashBankResult<HashesChangedResponse>.Fail(access);
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        List<string> wanted = [.. keys];
        List<BankedHash> rows = await db.BankedHashes
            .Where(h => h.BankId == bankId && h.RemovedAt == null && wanted.Contains(h.Pdq)).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return HashBankResult<HashesChangedResponse>.Ok(new HashesChangedResponse(0, 0, 0, index.Revision));
        }

        long revision = await HashRevisions.ReserveAsync(db, rows.Count, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        foreach (BankedHash row in rows)
        {
            row.RemovedAt = now; // a tombstone, so copies that follow the feed drop it too
            row.Revision = revision++;
        }

        write.Record("hashbank.hashes.remove", $"hashbank:{bankId}", new { removed = rows.Count });
        await write.CommitAsync(cancellationToken);

        index.Signal();
        HashBankLog.HashesChanged(logger, bankId, 0, rows.Count, actor.Name);
        return HashBankResult<HashesChangedResponse>.Ok(new HashesChangedResponse(0, 0, rows.Count, revision - 1));
    }

    /// <summary>A page of a bank's live hashes in insertion order (keyset on the row id).</summary>
    public async Task<HashBankResult<BankedHashPageResponse>> ListHashesAsync(
        HubActor actor, long bankId, long after, int limit, CancellationToken cancellationToken)
    {
        if (!await Visible(actor).AnyAsync(b => b.Id == bankId, cancellationToken))
        {
            return HashBankResult<BankedHashPageResponse>.Fail(HashBankError.NotFound);
        }

        int take = Math.Clamp(limit, 1, MaxPageSize);
        List<BankedHash> rows = await db.BankedHashes.AsNoTracking()
            .Where(h => h.BankId == bankId && h.RemovedAt == null && h.Id > after)
            .OrderBy(h => h.Id).Take(take + 1).ToListAsync(cancellationToken);
        long? next = rows.Count > take ? rows[take - 1].Id : null;
        return HashBankResult<BankedHashPageResponse>.Ok(
            new BankedHashPageResponse([.. rows.Take(take).Select(BankedHashResponse.From)], next));
    }

    /// <summary>Looks hashes up in the in-memory index (shared banks and the caller's own).</summary>
    public HashBankResult<MatchHashesResponse> Match(HubActor actor, IReadOnlyList<string> hashes, int? maxDistance)
    {
        int distance = maxDistance ?? PdqHash.MatchThresholdBits;
        Dictionary<string, string[]> errors = [];
        List<PdqHash> parsed = [];
        for (int i = 0; i < hashes.Count; i++)
        {
            if (PdqHash.TryParse(hashes[i], out PdqHash pdq))
            {
                parsed.Add(pdq);
            }
            else
            {
                errors[$"hashes[{i}]"] = ["Not a PDQ hash: expected 64 hexadecimal digits."];
            }
        }

        if (distance is < 0 or > PdqHash.MatchThresholdBits)
        {
            errors["maxDistance"] = [$"The distance is 0 to {PdqHash.MatchThresholdBits} bits."];
        }

        if (hashes.Count > MaxHashesPerRequest)
        {
            errors["hashes"] = [$"At most {MaxHashesPerRequest} hashes per request."];
        }

        if (errors.Count > 0)
        {
            return HashBankResult<MatchHashesResponse>.Invalid(errors);
        }

        List<HashMatchResponse> matches = [];
        foreach (PdqHash pdq in parsed)
        {
            string text = pdq.ToString();
            matches.AddRange(index.Match(pdq, actor.OrganisationId, distance).Select(m => HashMatchResponse.From(text, m)));
        }

        return HashBankResult<MatchHashesResponse>.Ok(new MatchHashesResponse(matches));
    }

    /// <summary>The delta feed: changes to the banks the caller sees, after revision <paramref name="since"/>.</summary>
    public async Task<HashChangesResponse> ChangesAsync(HubActor actor, long since, int limit, CancellationToken cancellationToken)
    {
        int take = Math.Clamp(limit, 1, MaxPageSize);
        IQueryable<long> visible = Visible(actor).Select(b => b.Id);
        List<BankedHash> rows = await db.BankedHashes.AsNoTracking()
            .Where(h => h.Revision > since && visible.Contains(h.BankId))
            .OrderBy(h => h.Revision).Take(take + 1).ToListAsync(cancellationToken);
        bool hasMore = rows.Count > take;
        List<HashChangeResponse> changes = [.. rows.Take(take).Select(HashChangeResponse.From)];
        return new HashChangesResponse(changes, changes.Count > 0 ? changes[^1].Revision : since, hasMore);
    }

    private IQueryable<HashBankRecord> Visible(HubActor actor) =>
        db.HashBanks.AsNoTracking().Where(b => b.IsShared || b.OwnerOrganisationId == actor.OrganisationId);

    private async Task<HashBankError> CheckWriteAsync(HubActor actor, long bankId, CancellationToken cancellationToken)
    {
        HashBankRecord? bank = await Visible(actor).SingleOrDefaultAsync(b => b.Id == bankId, cancellationToken);
        return bank is null ? HashBankError.NotFound
            : bank.OwnerOrganisationId != actor.OrganisationId ? HashBankError.Forbidden
            : HashBankError.None;
    }

    private async Task<Dictionary<long, int>> CountsAsync(List<long> bankIds, CancellationToken cancellationToken) =>
        await db.BankedHashes.AsNoTracking()
            .Where(h => h.RemovedAt == null && bankIds.Contains(h.BankId))
            .GroupBy(h => h.BankId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
