using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage;

namespace WildTrace.Hub.Tests.Storage;

/// <summary>A <see cref="WildTraceDb"/> of the right provider on a test database, configured as the hub configures it.</summary>
internal static class TestContexts
{
    public static WildTraceDb Open(StorageKind kind, string connectionString)
    {
        if (kind == StorageKind.Sqlite)
        {
            DbContextOptionsBuilder<SqliteWildTraceDb> sqlite = new();
            StorageServices.ConfigureSqlite(sqlite, connectionString);
            return new SqliteWildTraceDb(sqlite.Options);
        }

        DbContextOptionsBuilder<PostgresWildTraceDb> postgres = new();
        StorageServices.ConfigurePostgres(postgres, connectionString);
        return new PostgresWildTraceDb(postgres.Options);
    }

    /// <summary>A migrated, empty database and a context on it; dispose both.</summary>
    public static async Task<(TestDatabase Database, WildTraceDb Db)> MigratedAsync(StorageKind kind)
    {
        TestDatabase database = await TestDatabase.CreateAsync(kind);
        WildTraceDb db = Open(kind, database.ConnectionString);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return (database, db);
    }
}
