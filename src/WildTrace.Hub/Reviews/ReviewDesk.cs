using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Webhooks;
using WildTrace.Storage;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Applies analysts' decisions. A confirmation routes the case to the platform's member organisation (its queue and
/// its webhooks, in the same transaction, so a confirmed case is never lost between the two); an escalation to law
/// enforcement needs a second analyst, other than the one who confirmed. Scoped.
/// </summary>
internal sealed class ReviewDesk(WildTraceDb db, AuditLog audit, WebhookOutbox outbox, TimeProvider time, ILogger<ReviewDesk> logger)
{
    public const string DefaultPolicyClause = "prohibited-wildlife-products";

    public async Task<ReviewDecisionOutcome> DecideAsync(long caseId, ReviewDecisionRequest request, HubActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        string clause = request.PolicyClause?.Trim() ?? "";
        if (request.Verdict == ReviewVerdict.Reject && clause.Length == 0)
        {
            return ReviewDecisionOutcome.Invalid("A rejection needs a reason: the policy clause the listing does not break.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        ReportCase? @case = await db.ReportCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return ReviewDecisionOutcome.NotFound;
        }

        DateTimeOffset now = time.GetUtcNow();
        if (request.Verdict is ReviewVerdict.Confirm or ReviewVerdict.Reject && @case.Status != CaseStatus.Open)
        {
            return ReviewDecisionOutcome.Conflict($"The case is already {@case.Status}.");
        }

        if (request.Verdict == ReviewVerdict.Escalate)
        {
            if (@case.Status != CaseStatus.Confirmed)
            {
                return ReviewDecisionOutcome.Conflict("Only a confirmed case can be escalated.");
            }

            if (await db.ReviewDecisions.AnyAsync(
                d => d.CaseId == caseId && d.Verdict == ReviewVerdict.Confirm && d.Reviewer == actor.Name, cancellationToken))
            {
                return ReviewDecisionOutcome.Conflict("A second analyst, not the one who confirmed the case, must escalate it.");
            }
        }

        @case.Status = request.Verdict switch
        {
            ReviewVerdict.Confirm => CaseStatus.Confirmed,
            ReviewVerdict.Reject => CaseStatus.Rejected,
            _ => CaseStatus.Escalated,
        };
        @case.DecidedAt ??= now;
        db.ReviewDecisions.Add(new ReviewDecision
        {
            CaseId = caseId,
            Verdict = request.Verdict,
            Reviewer = actor.Name,
            PolicyClause = clause.Length > 0 ? clause : DefaultPolicyClause,
            Taxon = request.Taxon?.Trim() is { Length: > 0 } taxon ? taxon : @case.Taxon,
            Product = request.Product?.Trim() ?? "",
            Note = request.Note?.Trim() ?? "",
            DecidedAt = now,
        });
        write.Record("case." + ReviewCaseSummary.Camel(request.Verdict.ToString()), $"case:{caseId}", new { clause });

        if (request.Verdict == ReviewVerdict.Confirm && await ConfirmedImageBank.AddAsync(db, @case, now, cancellationToken) is > 0 and int banked)
        {
            write.Record("hashbank.add", $"hashbank:{ConfirmedImageBank.BankName}", new { caseId, hashes = banked });
        }

        bool isRouted = request.Verdict == ReviewVerdict.Confirm && await RouteAsync(@case, clause, now, write, cancellationToken);
        await write.CommitAsync(cancellationToken);
        ReviewLog.Decided(logger, caseId, request.Verdict, @case.RoutedOrganisationId);
        if (isRouted)
        {
            outbox.Notify();
        }

        return ReviewDecisionOutcome.Applied;
    }

    private async Task<bool> RouteAsync(ReportCase @case, string clause, DateTimeOffset now, AuditedWrite write, CancellationToken cancellationToken)
    {
        PlatformRoute? route = await db.PlatformRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.Platform == @case.Platform, cancellationToken);
        if (route is null)
        {
            return false; // no member runs this platform: the case stays confirmed for the coalition's own follow-up
        }

        @case.RoutedOrganisationId = route.OrganisationId;
        @case.RoutedAt = now;
        int queued = await outbox.EnqueueAsync(route.OrganisationId, "case.confirmed", new
        {
            caseId = @case.Id,
            url = @case.CanonicalUrl,
            platform = @case.Platform,
            taxon = @case.Taxon,
            cites = @case.Cites,
            policyClause = clause.Length > 0 ? clause : DefaultPolicyClause,
        }, cancellationToken);
        write.Record("case.route", $"case:{@case.Id}", new { organisationId = route.OrganisationId, webhooks = queued });
        return true;
    }
}
