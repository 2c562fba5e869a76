using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Webhooks;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;

namespace WildTrace.Hub.Reviews;

/// <summary>
/// Applies decisions, an analyst's or triage's (<see cref="AutomaticReview"/>), through one path. A confirmation routes
/// the case to the platform's member organisation (its queue and its webhooks, in the same transaction, so a confirmed
/// case is never lost between the two); an escalation to law enforcement needs a second analyst, other than the one who
/// confirmed; an overturn undoes an automatic confirmation only, and tells the routed member. Scoped.
/// </summary>
internal sealed class ReviewDesk(WildTraceDb db, AuditLog audit, WebhookOutbox outbox, TimeProvider time, ILogger<ReviewDesk> logger)
{
    public const string DefaultPolicyClause = "prohibited-wildlife-products";

    /// <summary>Who decides by policy: the reviewer and audit name of every automatic decision.</summary>
    public static HubActor AutomaticActor { get; } = new("auto:triage", 0, HubRole.Analyst);

    public async Task<ReviewDecisionOutcome> DecideAsync(long caseId, ReviewDecisionRequest request, HubActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        string clause = request.PolicyClause?.Trim() ?? "";
        if (request.Verdict is ReviewVerdict.Reject or ReviewVerdict.Overturn && clause.Length == 0)
        {
            return ReviewDecisionOutcome.Invalid("A rejection needs a reason: the policy clause the listing does not break.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        ReportCase? @case = await db.ReportCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return ReviewDecisionOutcome.NotFound;
        }

        if (await ConflictAsync(@case, request.Verdict, actor, cancellationToken) is { } conflict)
        {
            return ReviewDecisionOutcome.Conflict(conflict);
        }

        await ApplyAsync(write, @case, new ReviewDecision
        {
            CaseId = caseId,
            Verdict = request.Verdict,
            Reviewer = actor.Name,
            PolicyClause = clause.Length > 0 ? clause : DefaultPolicyClause,
            Taxon = request.Taxon?.Trim() is { Length: > 0 } taxon ? taxon : @case.Taxon,
            Product = request.Product?.Trim() ?? "",
            Note = request.Note?.Trim() ?? "",
        }, cancellationToken);
        return ReviewDecisionOutcome.Applied;
    }

    /// <summary>
    /// Confirms an open case by policy, noting the <paramref name="rule"/> that fired and its evidence; false when the case is
    /// gone or already decided. A separate audited write under <see cref="AutomaticActor"/>, after the report's own.
    /// </summary>
    public async Task<bool> ConfirmAutomaticallyAsync(long caseId, string rule, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        await using AuditedWrite write = await audit.BeginAsync(db, AutomaticActor, cancellationToken);
        ReportCase? @case = await db.ReportCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is not { Status: CaseStatus.Open })
        {
            return false;
        }

        await ApplyAsync(write, @case, new ReviewDecision
        {
            CaseId = caseId,
            Verdict = ReviewVerdict.Confirm,
            Reviewer = AutomaticActor.Name,
            PolicyClause = DefaultPolicyClause,
            Taxon = @case.Taxon,
            Note = rule.Length <= ReviewDecision.MaxNoteLength ? rule : rule[..ReviewDecision.MaxNoteLength],
            IsAutomatic = true,
        }, cancellationToken);
        return true;
    }

    private async Task<string?> ConflictAsync(ReportCase @case, ReviewVerdict verdict, HubActor actor, CancellationToken cancellationToken)
    {
        if (verdict is ReviewVerdict.Confirm or ReviewVerdict.Reject)
        {
            return @case.Status == CaseStatus.Open ? null : $"The case is already {@case.Status}.";
        }

        if (verdict == ReviewVerdict.Overturn)
        {
            return @case.Status == CaseStatus.Confirmed && await IsConfirmedAutomaticallyAsync(db, @case.Id, cancellationToken)
                ? null
                : "Only an automatic confirmation can be overturned; an analyst's decision stands.";
        }

        if (@case.Status != CaseStatus.Confirmed)
        {
            return "Only a confirmed case can be escalated.";
        }

        return await db.ReviewDecisions.AnyAsync(
            d => d.CaseId == @case.Id && d.Verdict == ReviewVerdict.Confirm && d.Reviewer == actor.Name, cancellationToken)
            ? "A second analyst, not the one who confirmed the case, must escalate it."
            : null;
    }

    /// <summary>True when the case's latest confirmation was made by policy rather than by an analyst.</summary>
    internal static async Task<bool> IsConfirmedAutomaticallyAsync(WildTraceDb db, long caseId, CancellationToken cancellationToken) =>
        await db.ReviewDecisions.AsNoTracking().Where(d => d.CaseId == caseId && d.Verdict == ReviewVerdict.Confirm)
            .OrderByDescending(d => d.Id).Select(d => (bool?)d.IsAutomatic).FirstOrDefaultAsync(cancellationToken) == true;

    // The one path every decision takes, so an automatic confirmation is routed, banked, announced and audited exactly
    // as an analyst's is.
    private async Task ApplyAsync(AuditedWrite write, ReportCase @case, ReviewDecision decision, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        @case.Status = decision.Verdict switch
        {
            ReviewVerdict.Confirm => CaseStatus.Confirmed,
            ReviewVerdict.Reject or ReviewVerdict.Overturn => CaseStatus.Rejected,
            _ => CaseStatus.Escalated,
        };
        @case.DecidedAt ??= now;
        decision.DecidedAt = now;
        db.ReviewDecisions.Add(decision);
        write.Record("case." + ReviewCaseSummary.Camel(decision.Verdict.ToString()), $"case:{@case.Id}",
            new { clause = decision.PolicyClause, isAutomatic = decision.IsAutomatic });

        bool isAnnounced = false;
        if (decision.Verdict == ReviewVerdict.Confirm)
        {
            if (await ConfirmedImageBank.AddAsync(db, @case, now, cancellationToken) is > 0 and int banked)
            {
                write.Record("hashbank.add", $"hashbank:{ConfirmedImageBank.BankName}", new { caseId = @case.Id, hashes = banked });
            }

            isAnnounced = await RouteAsync(@case, decision.PolicyClause, now, write, cancellationToken);
        }
        else if (decision.Verdict == ReviewVerdict.Overturn)
        {
            // A wrong confirmation must not keep confirming look-alikes through the bank rule.
            if (await ConfirmedImageBank.RemoveAsync(db, @case, now, cancellationToken) is > 0 and int unbanked)
            {
                write.Record("hashbank.remove", $"hashbank:{ConfirmedImageBank.BankName}", new { caseId = @case.Id, hashes = unbanked });
            }

            isAnnounced = await RetractAsync(@case, decision.PolicyClause, write, cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        ReviewLog.Decided(logger, @case.Id, decision.Verdict, decision.IsAutomatic, @case.RoutedOrganisationId);
        if (isAnnounced)
        {
            outbox.Notify();
        }
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
            policyClause = clause,
        }, cancellationToken);
        write.Record("case.route", $"case:{@case.Id}", new { organisationId = route.OrganisationId, webhooks = queued });
        return true;
    }

    // The member keeps the case in its queue, now marked rejected, so that the retraction has a visible trace there too.
    private async Task<bool> RetractAsync(ReportCase @case, string reason, AuditedWrite write, CancellationToken cancellationToken)
    {
        if (@case.RoutedOrganisationId is not long organisationId)
        {
            return false;
        }

        int queued = await outbox.EnqueueAsync(organisationId, "case.retracted", new
        {
            caseId = @case.Id,
            url = @case.CanonicalUrl,
            platform = @case.Platform,
            reason,
        }, cancellationToken);
        write.Record("case.retract", $"case:{@case.Id}", new { organisationId, webhooks = queued });
        return true;
    }
}
