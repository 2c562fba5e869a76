using Microsoft.EntityFrameworkCore.Storage;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>
/// One audited unit of work: change entities on the context, <see cref="Record"/> what was done, then
/// <see cref="CommitAsync"/>. Disposing without committing rolls everything back, audit entries included.
/// </summary>
internal sealed class AuditedWrite : IAsyncDisposable
{
    private readonly AuditLog _log;
    private readonly WildTraceDb _db;
    private readonly HubActor _actor;
    private readonly IDbContextTransaction _transaction;
    private readonly List<AuditEntry> _pending = [];
    private bool _isDone;

    internal AuditedWrite(AuditLog log, WildTraceDb db, HubActor actor, IDbContextTransaction transaction)
    {
        _log = log;
        _db = db;
        _actor = actor;
        _transaction = transaction;
    }

    /// <summary>Notes one action, such as <c>("term.approve", "term:en-ivory", new { from = "Proposed" })</c>.</summary>
    /// <param name="detail">Facts of the change, serialised as JSON; never listing text, secrets or personal data.</param>
    public void Record(string action, string subject, object? detail = null)
    {
        string? json = AuditLog.Serialize(detail);
        if (json is { Length: > AuditEntry.MaxDetailLength })
        {
            throw new ArgumentException($"Audit detail is over {AuditEntry.MaxDetailLength} characters.", nameof(detail));
        }

        _pending.Add(new AuditEntry
        {
            At = _log.Now,
            Actor = _actor.Name,
            OrganisationId = _actor == HubActor.System ? null : _actor.OrganisationId,
            Action = action,
            Subject = subject,
            Detail = json,
            PreviousHash = [],
            Hash = [],
        });
    }

    /// <summary>Saves the business changes and the chained audit entries, then commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_isDone, this);
        await _db.SaveChangesAsync(cancellationToken);
        byte[] previous = await AuditLog.LastHashAsync(_db, cancellationToken);
        foreach (AuditEntry entry in _pending)
        {
            entry.PreviousHash = previous;
            entry.Hash = AuditHash.Compute(previous, entry);
            previous = entry.Hash;
            _db.AuditEntries.Add(entry);

            // One save per entry: ids follow insertion order, which is the chain order verification walks.
            await _db.SaveChangesAsync(cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
        _isDone = true;
        _log.Release();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_isDone)
        {
            _isDone = true;
            await _transaction.RollbackAsync();
            _log.Release();
        }

        await _transaction.DisposeAsync();
    }
}
