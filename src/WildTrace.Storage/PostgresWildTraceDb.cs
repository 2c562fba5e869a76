using Microsoft.EntityFrameworkCore;

namespace WildTrace.Storage;

/// <summary>The production provider (PostgreSQL through Npgsql). Owns Migrations/Postgres.</summary>
public sealed class PostgresWildTraceDb(DbContextOptions<PostgresWildTraceDb> options) : WildTraceDb(options);
