using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Storage;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Spotters;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// Rounds: analysts create them, spotters join them, and each member's tally counts the reports they filed inside the
/// round's window. The API and the pages both call this. Scoped.
/// </summary>
internal sealed class SpotterRounds(
    WildTraceDb db, AuditLog audit, IOptions<SpotterOptions> options, TimeProvider time, ILogger<SpotterRounds> logger)
{
    // Programmes run a handful of rounds a year (WWF-Singapore: 18 since 2020), so one page holds years of them.
    public const int MaxListed = 200;

    public async Task<MemberOutcome<SpotterRoundResponse>> CreateAsync(HubActor actor, CreateSpotterRoundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        string name = (request.Name ?? "").Trim();
        string focus = (request.Focus ?? "").Trim();
        DateTimeOffset startsAt = request.StartsAt.ToUniversalTime();
        DateTimeOffset endsAt = (request.EndsAt ?? request.StartsAt + options.Value.RoundLength).ToUniversalTime();
        if (name.Length is 0 or > SpotterRound.MaxNameLength)
        {
            return MemberProblem.Invalid("name", $"A round's name is 1 to {SpotterRound.MaxNameLength} characters.");
        }

        if (focus.Length > SpotterRound.MaxFocusLength)
        {
            return MemberProblem.Invalid("focus", $"A round's focus is at most {SpotterRound.MaxFocusLength} characters.");
        }

        if (endsAt <= startsAt || endsAt - startsAt > SpotterOptions.MaxRoundLength)
        {
            return MemberProblem.Invalid("endsAt", $"A round ends after it starts, and lasts at most {SpotterOptions.MaxRoundLength.TotalDays:0} days.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        SpotterRound round = new()
        {
            Name = name, Focus = focus, StartsAt = startsAt, EndsAt = endsAt, CreatedBy = actor.Name, CreatedAt = time.GetUtcNow(),
        };
        db.SpotterRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        write.Record("spotter.round.create", $"spotter-round:{round.Id}", new { startsAt, endsAt });
        await write.CommitAsync(cancellationToken);
        SpotterLog.RoundCreated(logger, round.Id, startsAt, endsAt);
        return SpotterRoundResponse.From(round, time.GetUtcNow(), 0, false);
    }

    /// <summary>The newest <see cref="MaxListed"/> rounds by start, optionally in one state; membership is the caller's.</summary>
    public async Task<IReadOnlyList<SpotterRoundResponse>> ListAsync(HubActor actor, SpotterRoundState? state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DateTimeOffset now = time.GetUtcNow();
        IQueryable<SpotterRound> query = db.SpotterRounds.AsNoTracking();
        query = state switch
        {
            SpotterRoundState.Upcoming => query.Where(r => r.StartsAt > now),
            SpotterRoundState.Open => query.Where(r => r.StartsAt <= now && r.EndsAt > now),
            SpotterRoundState.Past => query.Where(r => r.EndsAt <= now),
            _ => query,
        };
        List<SpotterRound> rounds = await query.OrderByDescending(r => r.StartsAt).ThenByDescending(r => r.Id).Take(MaxListed).ToListAsync(cancellationToken);
        long[] ids = [.. rounds.Select(r => r.Id)];
        Dictionary<long, int> counts = await db.SpotterRoundMembers.AsNoTracking().Where(m => ids.Contains(m.RoundId))
            .GroupBy(m => m.RoundId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        HashSet<long> joined = SpotterUser.TryGetId(actor, out long userId)
            ? [.. await db.SpotterRoundMembers.AsNoTracking().Where(m => m.UserId == userId && ids.Contains(m.RoundId)).Select(m => m.RoundId).ToListAsync(cancellationToken)]
            : [];
        return [.. rounds.Select(r => SpotterRoundResponse.From(r, now, counts.GetValueOrDefault(r.Id), joined.Contains(r.Id)))];
    }

    /// <summary>
    /// Joins the caller to an upcoming or open round. Joining twice is not an error: the first membership is returned
    /// with <c>IsNew</c> false. A round that has ended answers Conflict; a caller that is not a user, Forbidden.
    /// </summary>
    public async Task<MemberOutcome<(SpotterRoundResponse Round, bool IsNew)>> JoinAsync(HubActor actor, long roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!SpotterUser.IsSignedInSpotter(actor) || !SpotterUser.TryGetId(actor, out long userId))
        {
            return MemberProblem.Forbidden("Only a signed-in spotter joins rounds.");
        }

        DateTimeOffset now = time.GetUtcNow();
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        SpotterRound? round = await db.SpotterRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return MemberProblem.NotFound("No such round.");
        }

        bool isMember = await db.SpotterRoundMembers.AnyAsync(m => m.RoundId == roundId && m.UserId == userId, cancellationToken);
        if (!isMember)
        {
            if (now >= round.EndsAt)
            {
                return MemberProblem.Conflict("id", "This round has ended; join an open or upcoming one.");
            }

            db.SpotterRoundMembers.Add(new SpotterRoundMember { RoundId = roundId, UserId = userId, JoinedAt = now });
            write.Record("spotter.round.join", $"spotter-round:{roundId}", new { userId });
            await write.CommitAsync(cancellationToken);
            SpotterLog.RoundJoined(logger, userId, roundId);
        }

        int count = await db.SpotterRoundMembers.CountAsync(m => m.RoundId == roundId, cancellationToken);
        return (SpotterRoundResponse.From(round, now, count, true), !isMember);
    }

    /// <summary>
    /// A round and the member rows <paramref name="actor"/> may see: coalition staff every member's, a spotter only their
    /// own (when they joined), anyone else none. Null when the round does not exist.
    /// </summary>
    public async Task<SpotterRoundDetailResponse?> FindAsync(HubActor actor, long roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        SpotterRound? round = await db.SpotterRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        IQueryable<SpotterRoundMember> visible = db.SpotterRoundMembers.AsNoTracking().Where(m => m.RoundId == roundId);
        bool isUser = SpotterUser.TryGetId(actor, out long userId);
        if (!actor.IsCoalitionStaff)
        {
            visible = isUser && actor.Role == HubRole.Spotter ? visible.Where(m => m.UserId == userId) : visible.Where(_ => false);
        }

        var members = await visible.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.DisplayName, m.JoinedAt })
            .OrderBy(m => m.UserId).ToListAsync(cancellationToken);
        long[] memberIds = [.. members.Select(m => m.UserId)];

        // One query for every visible member's in-window reports; the tally is computed in memory (a round holds at most
        // a few thousand reports: 6,870 over five WWF-Singapore rounds in 2023, domain.md §1.3).
        DateTimeOffset startsAt = round.StartsAt, endsAt = round.EndsAt;
        var reports = await db.SpotterReports.AsNoTracking()
            .Where(r => r.ReporterUserId != null && memberIds.Contains(r.ReporterUserId.Value) && r.ReportedAt >= startsAt && r.ReportedAt < endsAt)
            .Select(r => new { UserId = r.ReporterUserId!.Value, r.Case!.Status })
            .ToListAsync(cancellationToken);
        ILookup<long, CaseStatus> byUser = reports.ToLookup(r => r.UserId, r => r.Status);
        int memberCount = await db.SpotterRoundMembers.CountAsync(m => m.RoundId == roundId, cancellationToken);
        bool isMember = isUser && await db.SpotterRoundMembers.AnyAsync(m => m.RoundId == roundId && m.UserId == userId, cancellationToken);
        return new SpotterRoundDetailResponse(
            SpotterRoundResponse.From(round, time.GetUtcNow(), memberCount, isMember),
            [.. members.Select(m => new SpotterRoundMemberResponse(m.UserId, m.DisplayName, m.JoinedAt, SpotterTally.Of(byUser[m.UserId])))]);
    }
}
