using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WildTrace.Storage;

// Used only by `dotnet ef migrations add` (tools/storage/add-migration.sh); no database is opened at design time.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWildTraceDb>
{
    public PostgresWildTraceDb CreateDbContext(string[] args)
    {
        DbContextOptionsBuilder<PostgresWildTraceDb> builder = new();
        StorageServices.ConfigurePostgres(builder, "Host=localhost;Database=wildtrace_design");
        return new PostgresWildTraceDb(builder.Options);
    }
}
