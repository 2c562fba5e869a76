using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Hub.Members;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// Public sign-up: a volunteer becomes a user with the spotter role in the coalition's spotter pool organisation.
/// User creation (e-mail and name rules, the duplicate check, Argon2id hashing, the <c>user.create</c> audit entry) is
/// <see cref="Membership"/>'s; this adds the per-address limit, the common-password check, the pool and the
/// <c>spotter.join</c> entry. The API and /Spotter/Join both call it. Scoped.
/// </summary>
internal sealed class SpotterEnrolment(
    WildTraceDb db, Membership members, AuditLog audit, SignUpThrottle throttle, IOptions<SpotterOptions> options, TimeProvider time,
    ILogger<SpotterEnrolment> logger)
{
    public async Task<SignUpOutcome> SignUpAsync(string address, SpotterSignUpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!throttle.TryAcquire(address, out TimeSpan retryAfter))
        {
            SpotterLog.SignUpLimited(logger);
            return SignUpOutcome.Limited(retryAfter);
        }

        if (!PasswordHasher.IsAcceptableLength(request.Password))
        {
            return Refuse(MemberProblem.Invalid("password", $"A password is {PasswordHasher.MinLength} to {PasswordHasher.MaxLength} characters."));
        }

        if (SpotterPasswords.WhyWeak(request.Password, request.Email ?? "") is { } weak)
        {
            return Refuse(MemberProblem.Invalid("password", weak));
        }

        long poolId = await PoolIdAsync(cancellationToken);

        // The actor stands for the anonymous volunteer inside the pool, which is the one organisation it may add to.
        HubActor volunteer = new("anonymous", poolId, HubRole.Spotter);
        MemberOutcome<User> created = await members.CreateUserAsync(
            volunteer, new CreateUserRequest(poolId, request.Email ?? "", request.DisplayName ?? "", HubRole.Spotter, request.Password), cancellationToken);
        if (created.Problem is { } problem)
        {
            return Refuse(problem);
        }

        User user = created.Value!; // no problem means a user
        await using (AuditedWrite write = await audit.BeginAsync(db, UserSignIn.ActorFor(user), cancellationToken))
        {
            write.Record("spotter.join", $"user:{user.Id}", new { organisationId = poolId });
            await write.CommitAsync(cancellationToken);
        }

        SpotterLog.SignedUp(logger, user.Id);
        return user;
    }

    private MemberProblem Refuse(MemberProblem problem)
    {
        SpotterLog.SignUpRefused(logger, problem.Kind, problem.Field);
        return problem;
    }

    /// <summary>The pool organisation, created on first use. The audit lock serialises this, so two first sign-ups make one pool.</summary>
    private async Task<long> PoolIdAsync(CancellationToken cancellationToken)
    {
        string name = options.Value.PoolName;
        Organisation? pool = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (pool is not null)
        {
            return pool.Kind == OrganisationKind.Spotters ? pool.Id
                : throw new InvalidOperationException($"Hub:Spotters:PoolName names '{name}', which is not a spotters organisation.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, HubActor.System, cancellationToken);
        pool = await db.Organisations.SingleOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (pool is null)
        {
            pool = new Organisation { Name = name, Kind = OrganisationKind.Spotters, CreatedAt = time.GetUtcNow() };
            db.Organisations.Add(pool);
            await db.SaveChangesAsync(cancellationToken);
            write.Record("organisation.create", $"organisation:{pool.Id}", new { kind = pool.Kind.ToString() });
            await write.CommitAsync(cancellationToken);
            SpotterLog.PoolCreated(logger, pool.Id);
        }

        return pool.Id;
    }
}
