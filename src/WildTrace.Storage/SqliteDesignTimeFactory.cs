using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WildTrace.Storage;

// Used only by `dotnet ef migrations add` (tools/storage/add-migration.sh); no database is opened at design time.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWildTraceDb>
{
    public SqliteWildTraceDb CreateDbContext(string[] args)
    {
        DbContextOptionsBuilder<SqliteWildTraceDb> builder = new();
        StorageServices.ConfigureSqlite(builder, StorageOptions.DefaultSqliteConnectionString);
        return new SqliteWildTraceDb(builder.Options);
    }
}
