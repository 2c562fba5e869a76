using Microsoft.EntityFrameworkCore;
using WildTrace.Detection.Terms;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// Serves the current signed pack: the bundled pack's own bytes while the approved terms equal it (members then verify
/// it with the key they already ship), otherwise a pack of the approved terms signed with <see cref="HubSigningKey"/>,
/// built once per revision. Singleton; thread-safe.
/// </summary>
internal sealed class TermPackPublisher(HubSigningKey signingKey, TimeProvider time) : IDisposable
{
    public const string HubPackId = "wildtrace-hub";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Revision, byte[] Bytes)? _cached;

    public async Task<(long Revision, byte[] Bytes)> GetAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            long revision = await TermFeed.CurrentAsync(db, cancellationToken);
            if (_cached is { } cached && cached.Revision == revision)
            {
                return cached;
            }

            List<TermRecord> records = await db.Terms.AsNoTracking().Where(t => t.State == TermState.Approved).ToListAsync(cancellationToken);
            Term[] terms = [.. records.Select(TermMapping.ToTerm).OrderBy(t => t.Id, StringComparer.Ordinal)];
            byte[] bytes = BundledBytesIfSame(terms) ?? Build(terms, revision);
            _cached = (revision, bytes);
            return (revision, bytes);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static byte[]? BundledBytesIfSame(Term[] terms)
    {
        if (!BundledTermPack.TryGet(out TermPack? pack, out _) || pack!.Terms.Count != terms.Length) // TryGet true: pack set
        {
            return null;
        }

        // The database does not keep a term's Added date; everything else must match for the bytes to be the same terms.
        IEnumerable<Term> bundled = pack.Terms.Select(t => t with { Added = null }).OrderBy(t => t.Id, StringComparer.Ordinal);
        return bundled.SequenceEqual(terms) ? BundledTermPack.ReadBytes() : null;
    }

    private byte[] Build(Term[] terms, long revision)
    {
        SpeciesTable species = BundledTermPack.TryGet(out TermPack? pack, out _) ? pack!.Species : SpeciesTable.Empty;
        using MemoryStream output = new();
        int version = checked((int)Math.Max(1, revision));
        signingKey.Sign(key => TermPackWriter.WritePack(output, HubPackId, version, time.GetUtcNow(), terms, species, key));
        return output.ToArray();
    }
}
