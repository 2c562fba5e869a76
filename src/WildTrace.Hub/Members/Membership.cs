using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// Organisations, users and API keys: the rules (roles fit the organisation's kind; engineers manage only their own
/// organisation's keys; other organisations' rows answer "not found") and the audited writes. The API and the pages both
/// call this. Scoped.
/// </summary>
internal sealed class Membership(WildTraceDb db, AuditLog audit, ApiKeyCache keys, TimeProvider time)
{
    public async Task<MemberOutcome<Organisation>> CreateOrganisationAsync(
        HubActor actor, string name, OrganisationKind kind, CancellationToken cancellationToken)
    {
        string trimmed = name.Trim();
        if (trimmed.Length is 0 or > Organisation.MaxNameLength)
        {
            return MemberProblem.Invalid("name", $"A name is 1 to {Organisation.MaxNameLength} characters.");
        }

        if (kind == OrganisationKind.Coalition || !Enum.IsDefined(kind))
        {
            return MemberProblem.Invalid("kind", "The kind must be platform, conservationPartner, lawEnforcement or spotters; the coalition exists once.");
        }

        // Checked inside the audited write: it holds the hub's write lock, so two requests for one name cannot both pass
        // the check and leave the second to the unique index (a 500 instead of this 409).
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        if (await db.Organisations.AnyAsync(o => o.Name == trimmed, cancellationToken))
        {
            return MemberProblem.Conflict("name", "An organisation with this name exists.");
        }

        Organisation organisation = new() { Name = trimmed, Kind = kind, CreatedAt = time.GetUtcNow() };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        write.Record("organisation.create", $"organisation:{organisation.Id}", new { kind = kind.ToString() });
        await write.CommitAsync(cancellationToken);
        return organisation;
    }

    /// <summary>The organisation when <paramref name="actor"/> may see it: coalition admins see all, others their own.</summary>
    public async Task<Organisation?> FindOrganisationAsync(HubActor actor, long id, CancellationToken cancellationToken) =>
        actor.Role == HubRole.CoalitionAdmin || actor.OrganisationId == id
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;

    public async Task<MemberOutcome<User>> CreateUserAsync(HubActor actor, CreateUserRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Organisation? organisation = await FindOrganisationAsync(actor, request.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return MemberProblem.NotFound("No such organisation.");
        }

        string email = (request.Email ?? "").Trim().ToLowerInvariant();
        string displayName = (request.DisplayName ?? "").Trim();
        if (email.Length is < 3 or > User.MaxEmailLength || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email[^1] == '@')
        {
            return MemberProblem.Invalid("email", "Enter an e-mail address.");
        }

        if (displayName.Length is 0 or > User.MaxDisplayNameLength)
        {
            return MemberProblem.Invalid("displayName", $"A display name is 1 to {User.MaxDisplayNameLength} characters.");
        }

        if (!PasswordHasher.IsAcceptableLength(request.Password))
        {
            return MemberProblem.Invalid("password", $"A password is {PasswordHasher.MinLength} to {PasswordHasher.MaxLength} characters.");
        }

        if (!OrganisationRoles.Fits(organisation.Kind, request.Role))
        {
            return MemberProblem.Invalid("role", $"A {organisation.Kind} organisation cannot hold the role {request.Role}.");
        }

        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
        {
            return MemberProblem.Conflict("email", "A user with this e-mail address exists.");
        }

        // Hashing (~1 s of Argon2id) stays outside the write lock; the address is checked again inside it, where two
        // sign-ups racing for one address are serialised, so the loser gets this 409 rather than the unique index's 500.
        string hash = PasswordHasher.Hash(request.Password);
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
        {
            return MemberProblem.Conflict("email", "A user with this e-mail address exists.");
        }

        User user = new()
        {
            OrganisationId = organisation.Id,
            Email = email,
            DisplayName = displayName,
            Role = request.Role,
            PasswordHash = hash,
            CreatedAt = time.GetUtcNow(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);

        // The e-mail address and name are personal data: the audit entry names the row, not the person.
        write.Record("user.create", $"user:{user.Id}", new { organisationId = organisation.Id, role = request.Role.ToString() });
        await write.CommitAsync(cancellationToken);
        return user;
    }

    public async Task<User?> FindUserAsync(HubActor actor, long id, CancellationToken cancellationToken)
    {
        User? user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is not null && (actor.Role == HubRole.CoalitionAdmin || actor.OrganisationId == user.OrganisationId) ? user : null;
    }

    public async Task<IReadOnlyList<User>> ListUsersAsync(
        HubActor actor, long? organisationId, long? after, int limit, CancellationToken cancellationToken)
    {
        IQueryable<User> query = db.Users.AsNoTracking();
        if (actor.Role != HubRole.CoalitionAdmin)
        {
            query = query.Where(u => u.OrganisationId == actor.OrganisationId);
        }

        if (organisationId is { } org)
        {
            query = query.Where(u => u.OrganisationId == org);
        }

        if (after is { } cursor)
        {
            query = query.Where(u => u.Id > cursor);
        }

        return await query.OrderBy(u => u.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(HubActor actor, long? after, int limit, CancellationToken cancellationToken)
    {
        IQueryable<Organisation> query = db.Organisations.AsNoTracking();
        if (actor.Role != HubRole.CoalitionAdmin)
        {
            query = query.Where(o => o.Id == actor.OrganisationId);
        }

        if (after is { } cursor)
        {
            query = query.Where(o => o.Id > cursor);
        }

        return await query.OrderBy(o => o.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<MemberOutcome<(ApiKey Key, string Text)>> CreateApiKeyAsync(
        HubActor actor, CreateApiKeyRequest request, long? createdByUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Organisation? organisation = await FindOrganisationAsync(actor, request.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return MemberProblem.NotFound("No such organisation.");
        }

        string name = (request.Name ?? "").Trim();
        if (name.Length is 0 or > ApiKey.MaxNameLength)
        {
            return MemberProblem.Invalid("name", $"A key name is 1 to {ApiKey.MaxNameLength} characters.");
        }

        if (actor.Role != HubRole.CoalitionAdmin && !OrganisationRoles.EngineerMayGrant(request.Role))
        {
            return MemberProblem.Forbidden($"Only coalition admins may create {request.Role} keys.");
        }

        if (!OrganisationRoles.Fits(organisation.Kind, request.Role))
        {
            return MemberProblem.Invalid("role", $"A {organisation.Kind} organisation cannot hold the role {request.Role}.");
        }

        (string text, string keyId, byte[] secretHash) = ApiKeySecret.Create();
        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        ApiKey key = new()
        {
            KeyId = keyId,
            SecretHash = secretHash,
            Name = name,
            OrganisationId = organisation.Id,
            Role = request.Role,
            CreatedByUserId = createdByUserId,
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        write.Record("apikey.create", $"apikey:{keyId}", new { organisationId = organisation.Id, role = request.Role.ToString() });
        await write.CommitAsync(cancellationToken);
        return (key, text);
    }

    public async Task<ApiKey?> FindApiKeyAsync(HubActor actor, string keyId, CancellationToken cancellationToken)
    {
        ApiKey? key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        return key is not null && (actor.Role == HubRole.CoalitionAdmin || actor.OrganisationId == key.OrganisationId) ? key : null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(
        HubActor actor, long? organisationId, long? after, int limit, CancellationToken cancellationToken)
    {
        IQueryable<ApiKey> query = db.ApiKeys.AsNoTracking();
        if (actor.Role != HubRole.CoalitionAdmin)
        {
            query = query.Where(k => k.OrganisationId == actor.OrganisationId);
        }

        if (organisationId is { } org)
        {
            query = query.Where(k => k.OrganisationId == org);
        }

        if (after is { } cursor)
        {
            query = query.Where(k => k.Id > cursor);
        }

        return await query.OrderBy(k => k.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key at once (the cache forgets it); revoking a revoked key is a no-op that still succeeds.</summary>
    public async Task<MemberOutcome<ApiKey>> RevokeApiKeyAsync(HubActor actor, string keyId, CancellationToken cancellationToken)
    {
        ApiKey? key = await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        if (key is null || (actor.Role != HubRole.CoalitionAdmin && actor.OrganisationId != key.OrganisationId))
        {
            return MemberProblem.NotFound("No such API key.");
        }

        if (actor.Role != HubRole.CoalitionAdmin && !OrganisationRoles.EngineerMayGrant(key.Role))
        {
            return MemberProblem.Forbidden($"Only coalition admins may revoke {key.Role} keys.");
        }

        if (key.RevokedAt is null)
        {
            await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
            key.RevokedAt = time.GetUtcNow();
            write.Record("apikey.revoke", $"apikey:{keyId}", new { organisationId = key.OrganisationId });
            await write.CommitAsync(cancellationToken);
        }

        keys.Forget(keyId);
        return key;
    }
}
