using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WildTrace.Storage;

/// <summary>Registers <see cref="WildTraceDb"/> for the configured provider.</summary>
public static class StorageServices
{
    /// <summary>
    /// Registers the provider's context as <see cref="WildTraceDb"/> (scoped) and as a pooled factory for workers.
    /// Throws when PostgreSQL is chosen without a connection string: a silent fallback to SQLite would lose data.
    /// </summary>
    public static IServiceCollection AddWildTraceStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? connectionString = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString;
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                services.AddDbContextFactory<SqliteWildTraceDb>(db => ConfigureSqlite(db, connectionString ?? StorageOptions.DefaultSqliteConnectionString));
                services.AddScoped<WildTraceDb>(sp => sp.GetRequiredService<IDbContextFactory<SqliteWildTraceDb>>().CreateDbContext());
                services.AddSingleton<IDbContextFactory<WildTraceDb>>(sp => new UpcastFactory<SqliteWildTraceDb>(sp.GetRequiredService<IDbContextFactory<SqliteWildTraceDb>>()));
                break;
            case StorageProvider.Postgres:
                if (connectionString is null)
                {
                    throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty.");
                }

                services.AddDbContextFactory<PostgresWildTraceDb>(db => ConfigurePostgres(db, connectionString));
                services.AddScoped<WildTraceDb>(sp => sp.GetRequiredService<IDbContextFactory<PostgresWildTraceDb>>().CreateDbContext());
                services.AddSingleton<IDbContextFactory<WildTraceDb>>(sp => new UpcastFactory<PostgresWildTraceDb>(sp.GetRequiredService<IDbContextFactory<PostgresWildTraceDb>>()));
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not Sqlite or Postgres.");
        }

        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(WildTraceDb).Assembly.GetName().Name));

    internal static void ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(WildTraceDb).Assembly.GetName().Name));

    private sealed class UpcastFactory<TDb>(IDbContextFactory<TDb> inner) : IDbContextFactory<WildTraceDb>
        where TDb : WildTraceDb
    {
        public WildTraceDb CreateDbContext() => inner.CreateDbContext();
    }
}
