using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;
using WildTrace.Storage.Audit;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Storage;

public sealed class WildTraceDbTests
{
    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    /// <summary>Both providers, whether or not a PostgreSQL server is available: the model check opens no connection.</summary>
    public static TheoryData<StorageKind> Providers => [StorageKind.Sqlite, StorageKind.Postgres];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset s_at = new(2026, 11, 1, 9, 30, 15, 123, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(StorageKind kind)
    {
        using WildTraceDb db = TestContexts.Open(kind, kind == StorageKind.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=unused");

        bool pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The {kind} migrations are behind the model: run tools/storage/add-migration.sh (see hub-common).");
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Migrations_apply_to_an_empty_database(StorageKind kind)
    {
        (TestDatabase database, WildTraceDb db) = await TestContexts.MigratedAsync(kind);
        await using TestDatabase _ = database;
        await using WildTraceDb __ = db;

        IEnumerable<string> applied = await db.Database.GetAppliedMigrationsAsync(Cancel);

        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Members_and_audit_entities_round_trip(StorageKind kind)
    {
        (TestDatabase database, WildTraceDb db) = await TestContexts.MigratedAsync(kind);
        await using TestDatabase _ = database;
        await using WildTraceDb __ = db;
        Organisation organisation = new() { Name = "Marketplace ✓ 市场", Kind = OrganisationKind.Platform, CreatedAt = s_at };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Cancel);
        User user = new()
        {
            OrganisationId = organisation.Id, Email = "a@example.org", DisplayName = "Ada", Role = HubRole.MemberReviewer,
            PasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$salt$hash", CreatedAt = s_at, DisabledAt = s_at.AddDays(1),
        };
        ApiKey key = new()
        {
            KeyId = "AbCdEf012345", SecretHash = [.. Enumerable.Range(0, 32).Select(i => (byte)i)], Name = "pipeline",
            OrganisationId = organisation.Id, Role = HubRole.MemberEngineer, CreatedByUserId = 7, CreatedAt = s_at,
            LastUsedAt = s_at.AddMinutes(1), RevokedAt = s_at.AddMinutes(2),
        };
        AuditEntry entry = new()
        {
            At = s_at, Actor = "key:AbCdEf012345", OrganisationId = organisation.Id, Action = "apikey.create",
            Subject = "apikey:AbCdEf012345", Detail = "{\"role\":\"MemberEngineer\"}", PreviousHash = new byte[32], Hash = [.. Enumerable.Repeat((byte)0xAB, 32)],
        };
        db.AddRange(user, key, entry);
        await db.SaveChangesAsync(Cancel);
        db.ChangeTracker.Clear();

        Organisation readOrganisation = await db.Organisations.SingleAsync(o => o.Id == organisation.Id, Cancel);
        User readUser = await db.Users.SingleAsync(u => u.Id == user.Id, Cancel);
        ApiKey readKey = await db.ApiKeys.SingleAsync(k => k.KeyId == "AbCdEf012345", Cancel);
        AuditEntry readEntry = await db.AuditEntries.SingleAsync(a => a.Id == entry.Id, Cancel);

        Assert.Equal((organisation.Name, organisation.Kind, s_at), (readOrganisation.Name, readOrganisation.Kind, readOrganisation.CreatedAt));
        Assert.Equal((user.Email, user.DisplayName, user.Role, user.PasswordHash, user.CreatedAt, user.DisabledAt),
            (readUser.Email, readUser.DisplayName, readUser.Role, readUser.PasswordHash, readUser.CreatedAt, readUser.DisabledAt));
        Assert.Equal(key.SecretHash, readKey.SecretHash);
        Assert.Equal((key.Name, key.Role, key.CreatedByUserId, key.CreatedAt, key.LastUsedAt, key.RevokedAt),
            (readKey.Name, readKey.Role, readKey.CreatedByUserId, readKey.CreatedAt, readKey.LastUsedAt, readKey.RevokedAt));
        Assert.Equal((entry.At, entry.Actor, entry.OrganisationId, entry.Action, entry.Subject, entry.Detail),
            (readEntry.At, readEntry.Actor, readEntry.OrganisationId, readEntry.Action, readEntry.Subject, readEntry.Detail));
        Assert.Equal(entry.Hash, readEntry.Hash);
        Assert.Equal(entry.PreviousHash, readEntry.PreviousHash);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Instants_order_in_the_database(StorageKind kind)
    {
        (TestDatabase database, WildTraceDb db) = await TestContexts.MigratedAsync(kind);
        await using TestDatabase _ = database;
        await using WildTraceDb __ = db;
        db.Organisations.AddRange(
            new Organisation { Name = "later", Kind = OrganisationKind.Platform, CreatedAt = s_at.AddHours(1) },
            new Organisation { Name = "earlier", Kind = OrganisationKind.Platform, CreatedAt = s_at });
        await db.SaveChangesAsync(Cancel);

        List<string> names = await db.Organisations.Where(o => o.CreatedAt >= s_at).OrderBy(o => o.CreatedAt).Select(o => o.Name).ToListAsync(Cancel);

        Assert.Equal(["earlier", "later"], names);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Unique_constraints_hold_for_organisation_name_user_email_and_key_id(StorageKind kind)
    {
        (TestDatabase database, WildTraceDb db) = await TestContexts.MigratedAsync(kind);
        await using TestDatabase _ = database;
        await using WildTraceDb __ = db;
        Organisation organisation = new() { Name = "Org", Kind = OrganisationKind.Platform, CreatedAt = s_at };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Cancel);
        db.Users.Add(NewUser(organisation.Id, "a@example.org"));
        db.ApiKeys.Add(NewKey(organisation.Id, "AAAAAAAAAAAA"));
        await db.SaveChangesAsync(Cancel);
        db.ChangeTracker.Clear();

        Exception? sameName = await SaveAsync(db, new Organisation { Name = "Org", Kind = OrganisationKind.Spotters, CreatedAt = s_at });
        Exception? sameEmail = await SaveAsync(db, NewUser(organisation.Id, "a@example.org"));
        Exception? sameKeyId = await SaveAsync(db, NewKey(organisation.Id, "AAAAAAAAAAAA"));
        Exception? differentKeyId = await SaveAsync(db, NewKey(organisation.Id, "BBBBBBBBBBBB"));

        Assert.IsType<DbUpdateException>(sameName);
        Assert.IsType<DbUpdateException>(sameEmail);
        Assert.IsType<DbUpdateException>(sameKeyId);
        Assert.Null(differentKeyId);
    }

    private static async Task<Exception?> SaveAsync(WildTraceDb db, object entity)
    {
        db.Add(entity);
        Exception? error = await Record.ExceptionAsync(() => db.SaveChangesAsync(Cancel));
        db.ChangeTracker.Clear();
        return error;
    }

    private static User NewUser(long organisationId, string email) => new()
    {
        OrganisationId = organisationId, Email = email, DisplayName = "x", Role = HubRole.MemberEngineer, PasswordHash = "h", CreatedAt = s_at,
    };

    private static ApiKey NewKey(long organisationId, string keyId) => new()
    {
        KeyId = keyId, SecretHash = new byte[32], Name = "k", OrganisationId = organisationId, Role = HubRole.MemberEngineer, CreatedAt = s_at,
    };
}
