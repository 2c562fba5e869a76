using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WildTrace.Storage;

/// <summary>The zero-configuration provider: a database file in the working directory. Owns Migrations/Sqlite.</summary>
public sealed class SqliteWildTraceDb(DbContextOptions<SqliteWildTraceDb> options) : WildTraceDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no instant type: EF stores DateTimeOffset as text, which it cannot order or compare in SQL.
        // Storing the UTC ticks+offset as an integer keeps ORDER BY and range filters (ageing, feeds) in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
