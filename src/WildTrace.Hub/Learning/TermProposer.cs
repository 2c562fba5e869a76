using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Text;
using WildTrace.Detection.Terms;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Reports;
using WildTrace.Hub.Scans;
using WildTrace.Hub.Terms;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Learning;

/// <summary>
/// Reads decided cases' listing texts, ranks new-term candidates with <see cref="TermMiner"/> against the engine's
/// current matcher and every term of the database, and files the best as proposed terms through
/// <see cref="TermCuration"/> (one audited transaction each). Filed terms are in the database from then on, so a second
/// run on the same data files nothing. Singleton: runs are serialised, so the worker and a curator's button never file
/// one term twice.
/// </summary>
internal sealed class TermProposer(
    IDbContextFactory<WildTraceDb> databases, ScanEngine engine, TermCuration curation, SpeciesCatalog species,
    IOptions<LearningOptions> options, ILogger<TermProposer> logger) : IDisposable
{
    /// <summary>The system actor's audit name; the role is Analyst because filing proposals is an analyst's job.</summary>
    public const string ActorName = "system:term-miner";

    public const string Kind = "code-word"; // what the miner finds: words sellers use for a product, unknown to the database

    private readonly SemaphoreSlim _runs = new(1, 1);

    /// <summary>The ranked candidates, best first, at most <paramref name="limit"/>; nothing is filed.</summary>
    public async Task<IReadOnlyList<TermCandidate>> FindCandidatesAsync(int limit, CancellationToken cancellationToken)
    {
        await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
        return [.. (await MineAsync(db, cancellationToken)).Take(limit)];
    }

    /// <summary>Files the best <see cref="LearningOptions.ProposalsPerRun"/> candidates as proposed terms.</summary>
    public async Task<ProposalRun> ProposeAsync(CancellationToken cancellationToken)
    {
        await _runs.WaitAsync(cancellationToken);
        try
        {
            await using WildTraceDb db = await databases.CreateDbContextAsync(cancellationToken);
            IReadOnlyList<TermCandidate> candidates = await MineAsync(db, cancellationToken);
            long coalitionId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Coalition).Select(o => o.Id).SingleAsync(cancellationToken);
            HubActor actor = new(ActorName, coalitionId, HubRole.Analyst);
            List<TermRecord> filed = [];
            int skipped = 0;
            foreach (TermCandidate candidate in candidates.Take(options.Value.ProposalsPerRun))
            {
                TermCuration.Outcome outcome = await curation.ProposeAsync(db, actor, RequestFor(candidate), cancellationToken);
                if (outcome.Term is { } term)
                {
                    filed.Add(term);
                    LearningLog.Proposed(logger, term.TermId, candidate.ConfirmedCases, candidate.RejectedCases);
                }
                else
                {
                    skipped++; // a term id clash (two spellings, one slug) or a text curation refuses; the rest still go
                    LearningLog.Skipped(logger, outcome.Status);
                }
            }

            LearningLog.RunCompleted(logger, filed.Count, candidates.Count, skipped);
            return new ProposalRun(filed, candidates.Count, skipped);
        }
        finally
        {
            _runs.Release();
        }
    }

    private async Task<IReadOnlyList<TermCandidate>> MineAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        LearningOptions settings = options.Value;
        var cases = await db.ReportCases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Confirmed || c.Status == CaseStatus.Escalated || c.Status == CaseStatus.Rejected)
            .OrderByDescending(c => c.Id).Take(settings.MaxCasesPerRun)
            .Select(c => new { c.Id, c.Status, c.Language, c.Taxon }).ToDictionaryAsync(c => c.Id, cancellationToken);
        if (cases.Count == 0)
        {
            return [];
        }

        long oldest = cases.Keys.Min();
        var reports = await db.SpotterReports.AsNoTracking().Where(r => r.CaseId >= oldest && r.ListingText != "")
            .OrderBy(r => r.Id).Select(r => new { r.CaseId, r.ListingText, r.Language }).ToListAsync(cancellationToken);
        List<MinedListing> confirmed = [];
        List<MinedListing> rejected = [];
        foreach (var report in reports)
        {
            if (cases.TryGetValue(report.CaseId, out var decided))
            {
                MinedListing listing = new(report.CaseId, report.ListingText, decided.Language.Length > 0 ? decided.Language : report.Language, decided.Taxon);
                (decided.Status == CaseStatus.Rejected ? rejected : confirmed).Add(listing);
            }
        }

        List<string> known = await db.Terms.AsNoTracking().Select(t => t.Text).ToListAsync(cancellationToken);
        TermMiner miner = new(TextNormalizer.Default, engine.Matcher, new MiningThresholds(settings.MinConfirmedCases, settings.MinScore));
        return miner.Mine(confirmed, rejected, known);
    }

    public void Dispose() => _runs.Dispose();

    private ProposeTermRequest RequestFor(TermCandidate candidate)
    {
        // A term's category is its taxon's policy group, or its kind when it has no taxon (data/terms/README.md).
        string category = candidate.Taxon.Length > 0 && species.Table.TryGet(candidate.Taxon, out Species? taxon) ? taxon.Group : Kind;
        string cases = string.Join(", ", candidate.SampleCaseIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return new ProposeTermRequest(
            candidate.Text, candidate.Language, Kind, category,
            Source: $"Confirmed reports: cases {cases} (WildTrace hub review)",
            Species: candidate.Taxon, Weight: options.Value.ProposalWeight,
            Comment: string.Create(CultureInfo.InvariantCulture,
                $"Term miner: in {candidate.ConfirmedCases} confirmed and {candidate.RejectedCases} rejected cases, score {candidate.Score:0.000}."));
    }
}
